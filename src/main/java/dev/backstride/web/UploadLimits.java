package dev.backstride.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload over the size limit is refused before any controller sees it, so it is answered here: a
 * 400 problem for the API, and for a page the form it came from with the reason.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimits {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		long limit = ex.getMaxUploadSize() > 0 ? ex.getMaxUploadSize() : 64L * 1024 * 1024;
		String detail = "The file is larger than the upload limit of " + limit / (1024 * 1024)
				+ " MiB. Export a shorter part of the run and try again.";
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ApiProblems.problem(HttpStatus.BAD_REQUEST, "File too large", detail));
		}
		RequestContextUtils.getOutputFlashMap(request).put("error", detail);
		String referer = request.getHeader("Referer");
		String back = referer != null && referer.contains("/motion") ? "/motion" : "/";
		return new ModelAndView("redirect:" + back);
	}

}
