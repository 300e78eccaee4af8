package dev.backstride.account.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import dev.backstride.account.Admission;
import dev.backstride.account.AttemptLimit;
import dev.backstride.account.jdbc.JdbcAuthAttempts;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, counted in the database so that every instance shares the count.
 * Each login attempt is reserved before its password is checked (refused outright when a limit is
 * reached), so parallel guesses cannot slip past the limit; a successful login takes its own
 * reservation and the earlier failures from the same address back.
 *
 * <p>
 * Three limits per window (see {@link AuthLimits}): per account and client address (the usual case: 5),
 * per client address over all accounts (one machine trying many accounts), and per account over all
 * addresses (many machines guessing one password). The last is generous and does not apply to an
 * address the owner logged in from recently, so failures from elsewhere do not lock the owner out.
 */
@Component
public class LoginThrottle {

	static final String LOGIN = "login";

	static final String SIGNUP = "signup";

	static final String KNOWN = "known";

	static final String MAIL = "mail";

	/** Reset mails per address an hour, and per client address an hour (any addresses). */
	static final AttemptLimit MAILS_PER_ADDRESS = new AttemptLimit(3, Duration.ofHours(1));

	static final AttemptLimit MAILS_PER_CLIENT = new AttemptLimit(10, Duration.ofHours(1));

	private static final Admission BUSY = new Admission.Refused(1);

	private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

	private final JdbcAuthAttempts attempts;

	private final AuthLimits limits;

	private final Clock clock;

	private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.MIN);

	public LoginThrottle(JdbcAuthAttempts attempts, AuthLimits limits, Clock clock) {
		this.attempts = attempts;
		this.limits = limits;
		this.clock = clock;
	}

	/** Reserves one login attempt for this email from this client address, or says how long to wait. */
	public Admission reserve(String email, String client) {
		String account = AttemptKeys.of(email);
		String address = AttemptKeys.of(client);
		Instant now = this.clock.instant();
		purgeIfDue(now);
		return locked(LOGIN, () -> {
			Admission pair = admit(this.limits.perAddress(), account, address, now);
			if (pair instanceof Admission.Refused) {
				return pair;
			}
			Admission byClient = admit(this.limits.perClient(), null, address, now);
			if (byClient instanceof Admission.Refused) {
				return byClient;
			}
			boolean known = this.attempts.count(KNOWN, account, address, now.minus(this.limits.knownAddressFor()))
				.count() > 0;
			if (!known) {
				Admission byAccount = admit(this.limits.perAccount(), account, null, now);
				if (byAccount instanceof Admission.Refused) {
					return byAccount;
				}
			}
			this.attempts.record(LOGIN, account, address, now);
			return new Admission.Admitted();
		}, BUSY);
	}

	/** The password was right: this address's failures for the account are forgotten, and it becomes known. */
	public void succeeded(String email, String client) {
		String account = AttemptKeys.of(email);
		String address = AttemptKeys.of(client);
		Instant now = this.clock.instant();
		locked(LOGIN, () -> {
			this.attempts.forget(LOGIN, account, address);
			this.attempts.forget(KNOWN, account, address);
			this.attempts.record(KNOWN, account, address, now);
			return Boolean.TRUE;
		}, Boolean.FALSE);
	}

	/** Forgets the sign-in attempts and known addresses of an account that is being deleted. */
	public void forgetAccount(String email) {
		this.attempts.forgetAccount(AttemptKeys.of(email));
	}

	/** Reserves one sign-up from this client address (made or refused alike), or says how long to wait. */
	public Admission reserveSignUp(String client) {
		String address = AttemptKeys.of(client);
		Instant now = this.clock.instant();
		purgeIfDue(now);
		return locked(SIGNUP, () -> {
			var window = this.attempts.count(SIGNUP, null, address, this.limits.signUps().cutoff(now));
			Admission admission = this.limits.signUps().admit(window.count(), window.oldest(), now);
			if (admission instanceof Admission.Admitted) {
				this.attempts.record(SIGNUP, null, address, now);
			}
			return admission;
		}, BUSY);
	}

	/**
	 * Reserves one password-reset mail to this address asked from this client address, or says how
	 * long to wait; counted alike whether the address has an account or not, so the answer tells nothing.
	 */
	public Admission reserveMail(String email, String client) {
		String account = AttemptKeys.of(email);
		String address = AttemptKeys.of(client);
		Instant now = this.clock.instant();
		purgeIfDue(now);
		return locked(MAIL, () -> {
			var toAddress = this.attempts.count(MAIL, account, null, MAILS_PER_ADDRESS.cutoff(now));
			Admission admission = MAILS_PER_ADDRESS.admit(toAddress.count(), toAddress.oldest(), now);
			if (admission instanceof Admission.Admitted) {
				var fromClient = this.attempts.count(MAIL, null, address, MAILS_PER_CLIENT.cutoff(now));
				admission = MAILS_PER_CLIENT.admit(fromClient.count(), fromClient.oldest(), now);
			}
			if (admission instanceof Admission.Admitted) {
				this.attempts.record(MAIL, account, address, now);
			}
			return admission;
		}, BUSY);
	}

	private Admission admit(AttemptLimit limit, String account, String address, Instant now) {
		var window = this.attempts.count(LOGIN, account, address, limit.cutoff(now));
		return limit.admit(window.count(), window.oldest(), now);
	}

	/**
	 * H2 gives up waiting for a lock after a while (PostgreSQL waits): try again a few times, then give
	 * the fallback, which for a reservation is a refusal (fail closed).
	 */
	private <T> T locked(String kind, Supplier<T> work, T fallback) {
		for (int attempt = 1; attempt <= 3; attempt++) {
			try {
				return this.attempts.underLock(kind, work);
			}
			catch (PessimisticLockingFailureException ex) {
				// another instance or thread held the lock for too long; try again
			}
		}
		return fallback;
	}

	private void purgeIfDue(Instant now) {
		Instant last = this.lastPurge.get();
		if (last.plus(PURGE_EVERY).isBefore(now) && this.lastPurge.compareAndSet(last, now)) {
			this.attempts.purge(now.minus(this.limits.longestWindow()), now.minus(this.limits.knownAddressFor()));
		}
	}

}
