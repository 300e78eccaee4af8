package dev.backstride.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A request that matches no handler because of its method or content type is refused before any
 * controller is chosen, so the API's own advice never sees it: for an API path it is answered here
 * with the same problem shape; for a page the exception goes on to the usual error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiRouting {

	private final ApiProblems problems = new ApiProblems();

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request)
			throws HttpRequestMethodNotSupportedException {
		if (!api(request)) {
			throw ex;
		}
		return this.problems.method(ex);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request)
			throws HttpMediaTypeNotSupportedException {
		if (!api(request)) {
			throw ex;
		}
		return this.problems.mediaType(ex);
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request)
			throws HttpMediaTypeNotAcceptableException {
		if (!api(request)) {
			throw ex;
		}
		// the body cannot be in a type the client refuses; a problem is the one thing left to send
		return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ApiProblems.problem(HttpStatus.NOT_ACCEPTABLE, "Not acceptable", "This address answers with JSON only."));
	}

	private static boolean api(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
