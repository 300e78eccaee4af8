package dev.backstride.account.security;

import java.util.List;

import dev.backstride.account.AccountId;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in runner as Spring Security holds it: the account id travels with the session. */
public class RunnerUser extends User {

	private final AccountId accountId;

	public RunnerUser(AccountId accountId, String email, String passwordHash) {
		super(email, passwordHash, List.of(new SimpleGrantedAuthority("ROLE_RUNNER")));
		this.accountId = accountId;
	}

	public AccountId accountId() {
		return this.accountId;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RunnerUser r && r.accountId.equals(this.accountId);
	}

	@Override
	public int hashCode() {
		return this.accountId.hashCode();
	}

}
