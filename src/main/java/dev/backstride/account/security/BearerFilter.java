package dev.backstride.account.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>}: a request without a bearer goes on anonymous,
 * one whose token is not accepted is refused outright with a 401 problem, and an accepted one runs
 * with its authentication, cleared afterwards.
 */
abstract class BearerFilter extends OncePerRequestFilter {

	private final ProblemEntryPoint entryPoint;

	BearerFilter(ProblemEntryPoint entryPoint) {
		this.entryPoint = entryPoint;
	}

	/** Who the token stands for; empty when it is not accepted. */
	abstract Optional<Authentication> authenticate(String token);

	/** What a refused request is told. */
	abstract String refusal();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Authentication> authentication = authenticate(header.substring(7).trim());
		if (authentication.isEmpty()) {
			this.entryPoint.write(response, refusal());
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication.get());
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
