package dev.backstride.account.security;

import java.util.List;
import java.util.Optional;

import dev.backstride.account.AdminSettings;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Authenticates {@code Authorization: Bearer <admin token>} on the operations endpoints. A bearer
 * that is not the admin token is refused outright, as on the API; no bearer at all is anonymous (the
 * probes stay open to load balancers).
 */
class AdminTokenFilter extends BearerFilter {

	static final String ROLE = "ADMIN";

	private final AdminSettings settings;

	AdminTokenFilter(AdminSettings settings, ProblemEntryPoint entryPoint) {
		super(entryPoint);
		this.settings = settings;
	}

	@Override
	Optional<Authentication> authenticate(String token) {
		if (!this.settings.accepts(token)) {
			return Optional.empty();
		}
		return Optional.of(UsernamePasswordAuthenticationToken.authenticated("admin", null,
				List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
	}

	@Override
	String refusal() {
		return "This is not the admin token set on the server.";
	}

}
