package dev.backstride.account.security;

import dev.backstride.account.AdminSettings;
import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <admin token>} on the operations endpoints. A bearer
 * that is not the admin token is refused outright, as on the API; no bearer at all is anonymous (the
 * probes stay open to load balancers).
 */
class AdminTokenFilter extends OncePerRequestFilter {

	static final String ROLE = "ADMIN";

	private final AdminSettings settings;

	private final ProblemEntryPoint entryPoint;

	AdminTokenFilter(AdminSettings settings, ProblemEntryPoint entryPoint) {
		this.settings = settings;
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
		if (!this.settings.accepts(header.substring(7))) {
			this.entryPoint.write(response, "This is not the admin token set on the server.");
			return;
		}
		var admin = UsernamePasswordAuthenticationToken.authenticated("admin", null,
				List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(admin);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
