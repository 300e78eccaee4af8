package dev.backstride.account;

import java.util.Optional;

import dev.backstride.account.jdbc.JdbcAccountStore;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in runner changes their password by giving the current one. The account's page sessions end
 * with it, but for the one that asked (on the API, all of them): whoever knew the old password and
 * signed in elsewhere is signed out. Access tokens stay, as they are separate credentials the runner
 * revokes on the tokens page.
 */
@Service
public class PasswordChanges {

	private final Accounts accounts;

	private final JdbcAccountStore store;

	private final PasswordEncoder passwords;

	public PasswordChanges(Accounts accounts, JdbcAccountStore store, PasswordEncoder passwords) {
		this.accounts = accounts;
		this.store = store;
		this.passwords = passwords;
	}

	/**
	 * Sets {@code next} if {@code current} is the account's password, and ends every page session of the
	 * account except {@code keepSession} (a page session's id).
	 */
	@Transactional
	public PasswordChange change(AccountId owner, String current, Password next, Optional<String> keepSession) {
		if (!this.accounts.passwordMatches(owner, current)) {
			return new PasswordChange.WrongPassword();
		}
		Email email = this.store.find(owner).orElseThrow().email();
		this.store.updatePassword(owner, this.passwords.encode(next.value()));
		this.store.deleteSessions(email, keepSession);
		return new PasswordChange.Changed();
	}

}
