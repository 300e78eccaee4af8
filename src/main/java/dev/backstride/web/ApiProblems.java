package dev.backstride.web;

import java.util.stream.Collectors;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Every API error is an RFC 9457 problem-details body. Bad input is a 400 that says in plain words
 * what is wrong and names the field; nothing about the server's insides (class names, parser
 * messages) leaks out.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems {

	/**
	 * Thrown by Backstride's own checks with a message written for the runner. The same exception
	 * from a library (a number that does not parse, an index out of range) carries a message about the
	 * library, so it is answered in general words instead.
	 */
	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> invalid(IllegalArgumentException ex) {
		return reply(HttpStatus.BAD_REQUEST, "Invalid input", ours(ex) ? ex.getMessage()
				: "Some of the values sent cannot be used; the API description at /v3/api-docs shows what each"
						+ " field takes.");
	}

	private static boolean ours(Throwable ex) {
		StackTraceElement[] trace = ex.getStackTrace();
		return ex.getMessage() != null && !(ex instanceof NumberFormatException) && trace.length > 0
				&& trace[0].getClassName().startsWith("dev.backstride.");
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof BoundedBodyRequest.BodyTooLarge tooLarge) {
			return reply(HttpStatus.CONTENT_TOO_LARGE, "Request body too large", tooLarge.getMessage());
		}
		String json = JsonProblems.detail(ex);
		if (json != null) {
			return reply(HttpStatus.BAD_REQUEST, "Invalid input", json);
		}
		if (cause instanceof IllegalArgumentException invalid && ours(invalid)) {
			return reply(HttpStatus.BAD_REQUEST, "Invalid input", invalid.getMessage());
		}
		if (cause == ex) {
			return reply(HttpStatus.BAD_REQUEST, "Missing request body", "Send the request body as a JSON object.");
		}
		return reply(HttpStatus.BAD_REQUEST, "Unreadable request body",
				"The body is not JSON of the expected shape; the API description at /v3/api-docs shows it.");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex) {
		String supported = ex.getSupportedMediaTypes()
			.stream()
			.map(MediaType::toString)
			.map(type -> type.equals(MediaType.MULTIPART_FORM_DATA_VALUE) ? "a multipart/form-data file upload"
					: type.equals(MediaType.APPLICATION_JSON_VALUE) ? "JSON (application/json)" : type)
			.collect(Collectors.joining(" or "));
		return reply(HttpStatus.BAD_REQUEST, "Unsupported content type",
				"Send the request body as " + (supported.isEmpty() ? "JSON (application/json)" : supported) + ".");
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException ex) {
		return reply(HttpStatus.NOT_ACCEPTABLE, "Not acceptable", "This address answers with JSON only.");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return reply(HttpStatus.BAD_REQUEST, "Invalid input", Wording.mismatch(ex.getName(), ex.getRequiredType(),
				ex.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException ex) {
		return reply(HttpStatus.BAD_REQUEST, "Invalid input",
				"The query parameter '" + ex.getParameterName() + "' is required.");
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException ex) {
		return reply(HttpStatus.BAD_REQUEST, "Invalid input",
				"Send the file as the multipart/form-data part named '" + ex.getRequestPartName() + "'.");
	}

	@ExceptionHandler({ ServletRequestBindingException.class, MethodArgumentNotValidException.class,
			HandlerMethodValidationException.class })
	ResponseEntity<ProblemDetail> badRequest(Exception ex) {
		return reply(HttpStatus.BAD_REQUEST, "Invalid input", "Some of the request could not be read; the API"
				+ " description at /v3/api-docs shows what each address takes.");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex) {
		var reply = reply(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", Wording.methods(ex.getMethod(),
				ex.getSupportedHttpMethods() == null ? java.util.Set.of() : ex.getSupportedHttpMethods()));
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
			.headers(ex.getHeaders())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(reply.getBody());
	}

	static ResponseEntity<ProblemDetail> reply(HttpStatus status, String title, String detail) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(status, title, detail));
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	/** Plain words for request parts that are not the body. */
	static final class Wording {

		private Wording() {
		}

		static String mismatch(String name, Class<?> type, boolean inPath) {
			String what = "id".equals(name) ? "The id in the address" : inPath ? "The part '" + name + "' of the address"
					: "The query parameter '" + name + "'";
			String kind = type == long.class || type == Long.class || type == int.class || type == Integer.class
					? "a whole number of at most 18 digits" : type == boolean.class || type == Boolean.class
							? "true or false" : "a value of another kind";
			return what + " must be " + kind + ".";
		}

		static String methods(String sent, java.util.Set<HttpMethod> allowed) {
			String names = allowed.stream().map(HttpMethod::name).sorted().collect(Collectors.joining(" or "));
			return "This address does not take " + sent + " requests" + (names.isEmpty() ? "." : "; send " + names + ".");
		}

	}

}
