package dev.backstride.account.security;

import java.util.Optional;

import dev.backstride.account.Accounts;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Authenticates {@code Authorization: Bearer <personal access token>} on the API. A request with a
 * token that is unknown or revoked is refused outright rather than treated as anonymous.
 */
class BearerTokenFilter extends BearerFilter {

	private final Accounts accounts;

	BearerTokenFilter(Accounts accounts, ProblemEntryPoint entryPoint) {
		super(entryPoint);
		this.accounts = accounts;
	}

	@Override
	Optional<Authentication> authenticate(String token) {
		return this.accounts.authenticateToken(token).map(account -> {
			var user = new RunnerUser(account.id(), account.email().value(), "");
			return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		});
	}

	@Override
	String refusal() {
		return "The access token is unknown or has been revoked.";
	}

}
