package dev.backstride.account.security;

import java.io.IOException;

import dev.backstride.account.Accounts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <personal access token>} on the API. A request with a
 * token that is unknown or revoked is refused outright rather than treated as anonymous.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final Accounts accounts;

	private final ProblemEntryPoint entryPoint;

	BearerTokenFilter(Accounts accounts, ProblemEntryPoint entryPoint) {
		this.accounts = accounts;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		var account = this.accounts.authenticateToken(header.substring(7).trim());
		if (account.isEmpty()) {
			this.entryPoint.write(response, "The access token is unknown or has been revoked.");
			return;
		}
		var user = new RunnerUser(account.get().id(), account.get().email().value(), "");
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
