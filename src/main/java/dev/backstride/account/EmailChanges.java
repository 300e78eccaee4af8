package dev.backstride.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.backstride.account.jdbc.JdbcAccountStore;
import dev.backstride.account.jdbc.JdbcMailLinks;
import dev.backstride.account.jdbc.JdbcMailLinks.Purpose;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing the sign-in address: a link goes to the new address, and the address changes only when that
 * link is followed (once, within {@link #VALID_FOR}), so nobody can move an account to an address they
 * cannot read.
 */
@Service
public class EmailChanges {

	public static final Duration VALID_FOR = Duration.ofHours(24);

	private final JdbcAccountStore accounts;

	private final JdbcMailLinks links;

	private final Mailer mailer;

	private final Clock clock;

	public EmailChanges(JdbcAccountStore accounts, JdbcMailLinks links, Mailer mailer, Clock clock) {
		this.accounts = accounts;
		this.links = links;
		this.mailer = mailer;
		this.clock = clock;
	}

	public boolean available() {
		return this.mailer.configured();
	}

	/** Mails a confirmation link to the new address (the caller has checked the runner's password). */
	@Transactional
	public void request(AccountId owner, Email newEmail) {
		if (!available()) {
			throw new IllegalStateException("mail is not set up");
		}
		String secret = TokenSecrets.newSecret();
		Instant now = this.clock.instant();
		this.links.insert(owner, Purpose.EMAIL, TokenSecrets.hash(secret), Optional.of(newEmail), now,
				now.plus(VALID_FOR));
		this.mailer.send(newEmail, "Confirm your new Backstride address", """
				Someone asked to sign in to Backstride with this address from now on. If it was you, open this
				link within %d hours and confirm:

				%s

				The link works once. If you did not ask, ignore this message: nothing changes.
				""".formatted(VALID_FOR.toHours(), this.mailer.link("/account/email/confirm?token=" + secret)));
	}

	@Transactional
	public MailLinkOutcome confirm(String secret) {
		if (!PasswordResets.wellFormed(secret)) {
			return new MailLinkOutcome.NotValid();
		}
		String hash = TokenSecrets.hash(secret);
		Instant now = this.clock.instant();
		// the address is checked first: a failed update would end the transaction on PostgreSQL
		Optional<Email> taken = this.links.newEmail(Purpose.EMAIL, hash, now)
			.filter((email) -> this.accounts.credentials(email).isPresent());
		if (taken.isPresent()) {
			return new MailLinkOutcome.AddressTaken(taken.get());
		}
		Optional<JdbcMailLinks.Used> used = this.links.use(Purpose.EMAIL, hash, now);
		if (used.isEmpty() || used.get().newEmail().isEmpty()) {
			return new MailLinkOutcome.NotValid();
		}
		Email email = used.get().newEmail().get();
		return this.accounts.updateEmail(used.get().owner(), email) ? new MailLinkOutcome.Done(used.get().owner())
				: new MailLinkOutcome.AddressTaken(email);
	}

}
