package dev.backstride.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A multipart body that is over a limit or cannot be read is refused before any controller sees it, so
 * it is answered here, for every address: a problem for the API (413 when it is too large, 400 otherwise); for the upload page the form it
 * came from with the reason, and for any other page an error page that says what happened.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimits {

	private final int maxParts;

	UploadLimits(@Value("${server.tomcat.max-part-count:50}") int maxParts) {
		this.maxParts = maxParts;
	}

	@ExceptionHandler(MultipartException.class)
	Object unreadable(MultipartException ex, HttpServletRequest request) {
		String detail;
		String title;
		HttpStatus status = HttpStatus.BAD_REQUEST;
		if (causedBy(ex, "InvalidFileNameException")) {
			title = "Unreadable file name";
			detail = "The upload could not be read: the file's name contains a NUL character. Rename the file and"
					+ " upload it again.";
		}
		else if (causedBy(ex, "FileCountLimitExceededException")) {
			title = "Too many parts";
			detail = "The upload could not be read: it has more than " + this.maxParts
					+ " form parts. Send the file alone, in the part named 'file'.";
		}
		else if (ex instanceof MaxUploadSizeExceededException tooLarge) {
			long limit = tooLarge.getMaxUploadSize() > 0 ? tooLarge.getMaxUploadSize() : 64L * 1024 * 1024;
			title = "File too large";
			status = HttpStatus.CONTENT_TOO_LARGE;
			detail = "The file is larger than the upload limit of " + limit / (1024 * 1024)
					+ " MiB. Export a shorter part of the run and try again.";
		}
		else {
			title = "Unreadable upload";
			detail = "The upload could not be read: the multipart form is incomplete or malformed. Send the form"
					+ " again.";
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			return ApiProblems.reply(status, title, detail);
		}
		if (path.startsWith("/motion")) {
			RequestContextUtils.getOutputFlashMap(request).put("error", detail);
			return new ModelAndView("redirect:/motion");
		}
		var page = new ModelAndView("error", Map.of("status", status.value(), "title", title, "detail",
				detail + " Go back, reload the page and try again.", "signedIn", signedIn()));
		page.setStatus(status);
		return page;
	}

	private static boolean causedBy(Throwable ex, String simpleName) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t.getClass().getSimpleName().equals(simpleName)) {
				return true;
			}
		}
		return false;
	}

	private static boolean signedIn() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
