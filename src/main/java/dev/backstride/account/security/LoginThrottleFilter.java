package dev.backstride.account.security;

import java.io.IOException;

import dev.backstride.account.Admission;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reserves a login attempt before the password is checked, and refuses it without checking while the
 * email or client address is throttled. The client address is the proxy's {@code X-Forwarded-For}
 * when a trusted proxy sent the request (see {@code server.forward-headers-strategy}).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		switch (this.throttle.reserve(request.getParameter("username"), request.getRemoteAddr())) {
			case Admission.Refused refused ->
				response.sendRedirect(request.getContextPath() + "/login?locked=" + refused.minutes());
			case Admission.Admitted admitted -> chain.doFilter(request, response);
		}
	}

}
