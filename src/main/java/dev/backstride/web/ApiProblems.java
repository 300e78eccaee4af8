package dev.backstride.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Every API error is an RFC 9457 problem-details body. Bad input is a 400 that names what is wrong;
 * nothing else about the server leaks out.
 */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems {

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail invalid(IllegalArgumentException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid input", ex.getMessage());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof BoundedBodyRequest.BodyTooLarge tooLarge) {
			return problem(HttpStatus.BAD_REQUEST, "Request body too large", tooLarge.getMessage());
		}
		if (cause instanceof IllegalArgumentException invalid) {
			return problem(HttpStatus.BAD_REQUEST, "Invalid input", invalid.getMessage());
		}
		return problem(HttpStatus.BAD_REQUEST, "Unreadable request body",
				"The body is not valid JSON of the expected shape. See /v3/api-docs for the schema.");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ProblemDetail mediaType(HttpMediaTypeNotSupportedException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Unsupported content type",
				"This endpoint reads " + ex.getSupportedMediaTypes() + ".");
	}

	@ExceptionHandler({ MethodArgumentNotValidException.class, MissingServletRequestParameterException.class,
			MissingServletRequestPartException.class, MethodArgumentTypeMismatchException.class })
	ProblemDetail badRequest(Exception ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid input", ex.getMessage());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException ex) {
		return problem(HttpStatus.BAD_REQUEST, "File too large",
				"The upload is larger than the limit of " + ex.getMaxUploadSize() / (1024 * 1024) + " MiB.");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ProblemDetail method(HttpRequestMethodNotSupportedException ex) {
		return problem(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", ex.getMessage());
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
