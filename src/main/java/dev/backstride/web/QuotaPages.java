package dev.backstride.web;

import java.util.Map;

import dev.backstride.limits.QuotaExceeded;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A write refused by a quota on a page that does not show the message itself: the error page says
 * what limit was reached, in the same words as the API, with the same status.
 */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class QuotaPages {

	@ExceptionHandler(QuotaExceeded.class)
	ModelAndView quota(QuotaExceeded ex) {
		HttpStatus status = ex.liftsAt().isPresent() ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.CONFLICT;
		var page = new ModelAndView("error", Map.of("status", status.value(), "title",
				ex.liftsAt().isPresent() ? "Daily limit reached" : "Storage limit reached", "detail", ex.getMessage(),
				"signedIn", true));
		page.setStatus(status);
		return page;
	}

	@ExceptionHandler({ CannotCreateTransactionException.class, CannotGetJdbcConnectionException.class })
	ModelAndView overloaded() {
		var page = new ModelAndView("error", Map.of("status", 503, "title", "Busy", "detail",
				QuotaProblems.OVERLOADED, "signedIn", true));
		page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
		return page;
	}

	@ExceptionHandler(PessimisticLockingFailureException.class)
	ModelAndView busy() {
		var page = new ModelAndView("error", Map.of("status", 503, "title", "Busy", "detail", QuotaProblems.BUSY,
				"signedIn", true));
		page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
		return page;
	}

}
