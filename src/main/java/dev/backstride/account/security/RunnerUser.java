package dev.backstride.account.security;

import java.util.List;

import dev.backstride.account.AccountId;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in runner as Spring Security holds it: the account id travels with the session. Sessions
 * live in the database, serialised, so this holds only serialisable fields (the id as a plain number).
 */
public class RunnerUser extends User {

	private static final long serialVersionUID = 1L;

	private final long accountId;

	public RunnerUser(AccountId accountId, String email, String passwordHash) {
		super(email, passwordHash, List.of(new SimpleGrantedAuthority("ROLE_RUNNER")));
		this.accountId = accountId.value();
	}

	public AccountId accountId() {
		return new AccountId(this.accountId);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RunnerUser r && r.accountId == this.accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.accountId);
	}

}
