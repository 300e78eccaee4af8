package dev.backstride.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When every database connection stays taken for longer than the pool waits (many writes at once, each
 * forced to disk), a request that needs one is refused with 503 and {@code Retry-After} instead of a
 * 500, before anything was changed. Controllers get the same answer from {@link QuotaProblems} and
 * {@link QuotaPages}; this filter answers for the filters in front of them (page sessions, tokens).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class DatabaseBusyFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException ex) {
			if (!isBusy(ex) || response.isCommitted()) {
				throw ex;
			}
			response.resetBuffer();
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader("Retry-After", "5");
			if (request.getRequestURI().startsWith("/api/")) {
				response.setContentType("application/problem+json;charset=UTF-8");
				response.getWriter()
					.write("{\"type\":\"about:blank\",\"title\":\"Busy\",\"status\":503,\"detail\":\""
							+ QuotaProblems.OVERLOADED + "\"}");
			}
			else {
				response.setContentType("text/plain;charset=UTF-8");
				response.getWriter().write(QuotaProblems.OVERLOADED);
			}
		}
	}

	private static boolean isBusy(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof CannotCreateTransactionException || t instanceof CannotGetJdbcConnectionException) {
				return true;
			}
		}
		return false;
	}

}
