package dev.backstride.account.security;

import java.io.IOException;

import dev.backstride.account.jdbc.JdbcAccountStore;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a page session whose account no longer exists. Deleting an account ends the sessions signed in
 * with its current address; a session from before an address change carries the old one, and this
 * catches it on its next request (one primary-key read per signed-in page request), so it can neither
 * see a later account of the same address nor write rows for the deleted one.
 */
class DeletedAccountFilter extends OncePerRequestFilter {

	private final JdbcAccountStore store;

	DeletedAccountFilter(JdbcAccountStore store) {
		this.store = store;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof RunnerUser user
				&& !this.store.exists(user.accountId())) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
		}
		chain.doFilter(request, response);
	}

}
