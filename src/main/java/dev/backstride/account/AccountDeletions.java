package dev.backstride.account;

import dev.backstride.account.jdbc.JdbcAccountStore;
import dev.backstride.account.security.LoginThrottle;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes a runner's account and all of their data, after the password is given again.
 *
 * <p>
 * Every table that holds a runner's data references {@code account (id)} with {@code on delete cascade}
 * (directly, or through a parent row that does, such as a run's original file), so deleting the account
 * row removes them all in the same transaction, whichever module owns them, and no module has to know
 * the others' tables. This module then removes what is keyed by the address rather than the id: the
 * page sessions (Spring Session keeps the sign-in address as principal name) and the sign-in attempts
 * (kept under a hash of the address). {@code AccountDeletionTests} counts the runner's rows in every
 * table of the schema before and after, so a new table that forgets its cascade fails there.
 */
@Service
public class AccountDeletions {

	private final Accounts accounts;

	private final JdbcAccountStore store;

	private final LoginThrottle throttle;

	public AccountDeletions(Accounts accounts, JdbcAccountStore store, LoginThrottle throttle) {
		this.accounts = accounts;
		this.store = store;
		this.throttle = throttle;
	}

	@Transactional
	public Deletion delete(AccountId owner, String password) {
		if (!this.accounts.passwordMatches(owner, password)) {
			return new Deletion.WrongPassword();
		}
		Email email = this.store.find(owner).orElseThrow().email();
		this.store.deleteSessions(email);
		this.throttle.forgetAccount(email.value());
		this.store.delete(owner);
		return new Deletion.Deleted(email);
	}

}
