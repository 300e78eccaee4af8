package dev.backstride.motion.web;

import dev.backstride.motion.Measurement;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The problem-details answers for a recording that was not stored: 400 for one that cannot be measured,
 * 503 with a retry hint when the server was too busy or the analysis ran out of time.
 */
final class MeasurementProblems {

	/** Seconds a client is asked to wait before sending a recording again after a 503. */
	static final int RETRY_AFTER_SECONDS = 30;

	private MeasurementProblems() {
	}

	static ResponseEntity<ProblemDetail> rejected(Measurement.Rejected rejected) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, rejected.reason());
		problem.setTitle("Recording not usable");
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	static ResponseEntity<ProblemDetail> busy(Measurement.Busy busy) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, busy.reason());
		problem.setTitle("Try again later");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
