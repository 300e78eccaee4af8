package dev.backstride.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cache lifetimes of static files. Pages link them through versioned addresses
 * ({@code app-<content hash>.css}, Spring's content version strategy), which change whenever the file
 * does: those are kept for a year and never revalidated. Anything else (an address without the hash,
 * such as a service worker's) must be revalidated on each use. Set before the rest of the chain, so that
 * Spring Security's default {@code no-store}, right for pages with personal data, leaves static files
 * alone; an error answer is never cached.
 */
class StaticFileCaching extends OncePerRequestFilter {

	static final String VERSIONED = "public, max-age=31536000, immutable";

	static final String UNVERSIONED = "no-cache";

	/** The content version strategy's file names: {@code name-<32 hex digits of MD5>.ext}. */
	private static final Pattern HASHED = Pattern.compile(".*-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HttpHeaders.CACHE_CONTROL, HASHED.matcher(request.getRequestURI()).matches() ? VERSIONED
				: UNVERSIONED);
		chain.doFilter(request, new HttpServletResponseWrapper(response) {

			@Override
			public void sendError(int status) throws IOException {
				setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
				super.sendError(status);
			}

			@Override
			public void sendError(int status, String message) throws IOException {
				setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
				super.sendError(status, message);
			}

		});
	}

}
