package dev.backstride.account.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The answer when the password asked again before a change (deleting the account, a new password) has
 * been wrong too often: the login throttle refused, so nothing was checked and nothing was done.
 */
final class TooManyPasswords {

	private TooManyPasswords() {
	}

	/** For the page: {@code nothingWas} is what did not happen ("deleted", "changed"). */
	static String message(String nothingWas, long minutes) {
		return "Too many wrong passwords. Nothing was " + nothingWas + "; please try again in " + minutes
				+ (minutes == 1 ? " minute." : " minutes.");
	}

	/** For the API: 429 with {@code Retry-After}. */
	static ResponseEntity<ProblemDetail> problem(String nothingWas, long minutes) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				message(nothingWas, minutes));
		problem.setTitle("Too many wrong passwords");
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(minutes * 60))
			.body(problem);
	}

}
