package dev.backstride.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Whatever fails outside a controller (unknown address, a filter's refusal, an uncaught error): a
 * problem-details body for the API and a friendly page for people. Internal details never leak.
 */
@Controller
class ErrorPages implements ErrorController {

	@RequestMapping("/error")
	Object error(HttpServletRequest request) {
		HttpStatus status = status(request);
		String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		if (path.startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
			problem.setTitle(status.getReasonPhrase());
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		var page = new ModelAndView("error", Map.of("status", status.value(), "title", status.getReasonPhrase(),
				"detail", detail(status)));
		page.setStatus(status);
		return page;
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private static String detail(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "There is nothing at this address.";
			case FORBIDDEN -> "This is not yours to see, or the form expired. Go back, reload and try again.";
			case UNAUTHORIZED -> "Sign in first.";
			case BAD_REQUEST -> "Something in the request was not understood.";
			case METHOD_NOT_ALLOWED -> "This address does not take that kind of request.";
			case CONTENT_TOO_LARGE -> "The file is larger than the 64 MiB upload limit. Export a shorter part of the run"
					+ " and try again.";
			default -> status.is5xxServerError()
					? "Something went wrong on our side. Nothing you entered was lost; try again in a moment."
					: status.getReasonPhrase();
		};
	}

}
