package dev.backstride.web;

import java.time.Clock;
import java.time.Duration;

import dev.backstride.limits.QuotaExceeded;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A write refused by a quota, over the API: a daily limit is 429 Too Many Requests with
 * {@code Retry-After} (seconds until it lifts at midnight), a limit on what the account holds is 409
 * Conflict (waiting does not help; holding less does). Both carry the sentence for the runner.
 */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 10)
@RestControllerAdvice(annotations = RestController.class)
class QuotaProblems {

	private final Clock clock;

	QuotaProblems(ObjectProvider<Clock> clock) {
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@ExceptionHandler(QuotaExceeded.class)
	ResponseEntity<ProblemDetail> quota(QuotaExceeded ex) {
		HttpStatus status = ex.liftsAt().isPresent() ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.CONFLICT;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle(ex.liftsAt().isPresent() ? "Daily limit reached" : "Storage limit reached");
		ResponseEntity.BodyBuilder reply = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
		ex.liftsAt()
			.ifPresent((at) -> reply.header(HttpHeaders.RETRY_AFTER,
					Long.toString(Math.max(1, Duration.between(this.clock.instant(), at).toSeconds()))));
		return reply.body(problem);
	}

	/**
	 * Writes of one account take turns (see {@code Accounts.holdForWrites}); when the queue is longer
	 * than the database waits for a lock, the request is refused before it changed anything.
	 */
	@ExceptionHandler(PessimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> busy(PessimisticLockingFailureException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, BUSY);
		problem.setTitle("Busy");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.RETRY_AFTER, "1")
			.body(problem);
	}

	/**
	 * Every database connection stayed taken for longer than the pool waits (many writes at once, each
	 * forced to disk): refused before anything was changed, and the client is asked to come back.
	 */
	@ExceptionHandler({ CannotCreateTransactionException.class, CannotGetJdbcConnectionException.class })
	ResponseEntity<ProblemDetail> overloaded(RuntimeException ex) {
		return overloaded();
	}

	static ResponseEntity<ProblemDetail> overloaded() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, OVERLOADED);
		problem.setTitle("Busy");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.body(problem);
	}

	static final String OVERLOADED = "Backstride is busy right now. Nothing was saved; please try again in a few"
			+ " seconds.";

	static final String BUSY = "Your account is busy with other changes right now. Nothing was saved; try again in a"
			+ " moment.";

}
