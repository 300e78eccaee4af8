package dev.backstride.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;

import dev.backstride.account.jdbc.JdbcAccountStore;
import dev.backstride.account.jdbc.JdbcMailLinks;
import dev.backstride.account.jdbc.JdbcMailLinks.Purpose;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by mail: a link that works once and for {@link #VALID_FOR}. Only a hash of its secret
 * is stored. Asking for a reset answers the same whether or not the address has an account; the
 * caller limits how often (see {@code LoginThrottle.reserveMail}).
 */
@Service
public class PasswordResets {

	public static final Duration VALID_FOR = Duration.ofMinutes(30);

	private final JdbcAccountStore accounts;

	private final JdbcMailLinks links;

	private final Mailer mailer;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final Executor sending;

	public PasswordResets(JdbcAccountStore accounts, JdbcMailLinks links, Mailer mailer, PasswordEncoder passwords,
			Clock clock, ObjectProvider<TaskExecutor> executor) {
		this.accounts = accounts;
		this.links = links;
		this.mailer = mailer;
		this.passwords = passwords;
		this.clock = clock;
		this.sending = executor.getIfAvailable(() -> Runnable::run);
	}

	public boolean available() {
		return this.mailer.configured();
	}

	/** Mails a reset link when the address has an account; nothing happens otherwise, and nothing says so. */
	@Transactional
	public void request(Email email) {
		Optional<JdbcAccountStore.Credentials> account = this.accounts.credentials(email);
		if (account.isEmpty() || !available()) {
			return;
		}
		String secret = TokenSecrets.newSecret();
		Instant now = this.clock.instant();
		this.links.insert(account.get().id(), Purpose.RESET, TokenSecrets.hash(secret), Optional.empty(), now,
				now.plus(VALID_FOR));
		String link = this.mailer.link("/password-reset/new?token=" + secret);
		// sent after the answer, so that how long the answer takes does not tell whether the address has an account
		this.sending.execute(() -> this.mailer.send(email, "Reset your Backstride password", """
				Someone asked to reset the password of your Backstride account. If it was you, open this link
				within %d minutes to choose a new password:

				%s

				The link works once. If you did not ask, ignore this message: your password stays as it is.
				""".formatted(VALID_FOR.toMinutes(), link)));
	}

	/** Whether the link would work now: the page asks before showing the form. */
	@Transactional(readOnly = true)
	public boolean usable(String secret) {
		return wellFormed(secret) && this.links.usable(Purpose.RESET, TokenSecrets.hash(secret), this.clock.instant());
	}

	/** Sets the new password if the link works (once, within its time); every other reset link of the account ends too. */
	@Transactional
	public MailLinkOutcome reset(String secret, Password password) {
		if (!wellFormed(secret)) {
			return new MailLinkOutcome.NotValid();
		}
		Instant now = this.clock.instant();
		return this.links.use(Purpose.RESET, TokenSecrets.hash(secret), now).<MailLinkOutcome>map((used) -> {
			this.accounts.updatePassword(used.owner(), this.passwords.encode(password.value()));
			// whoever signed in with the old password is signed out
			this.accounts.find(used.owner()).ifPresent((account) -> this.accounts.deleteSessions(account.email()));
			this.links.useAll(used.owner(), Purpose.RESET, now);
			return new MailLinkOutcome.Done(used.owner());
		}).orElseGet(MailLinkOutcome.NotValid::new);
	}

	static boolean wellFormed(String secret) {
		return secret != null && secret.startsWith(TokenSecrets.PREFIX) && secret.length() <= 100;
	}

}
