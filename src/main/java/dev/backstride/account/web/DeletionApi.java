package dev.backstride.account.web;

import dev.backstride.account.AccountDeletions;
import dev.backstride.account.AccountId;
import dev.backstride.account.Accounts;
import dev.backstride.account.Admission;
import dev.backstride.account.Deletion;
import dev.backstride.account.security.LoginThrottle;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code DELETE /api/v1/account} with the password: the account and all of its data go, and every
 * token of it stops working. A wrong password deletes nothing and counts as a failed login.
 */
@RestController
class DeletionApi {

	static final String WRONG_PASSWORD = "That is not your current password, so nothing was deleted.";

	private final Accounts accounts;

	private final AccountDeletions deletions;

	private final LoginThrottle throttle;

	DeletionApi(Accounts accounts, AccountDeletions deletions, LoginThrottle throttle) {
		this.accounts = accounts;
		this.deletions = deletions;
		this.throttle = throttle;
	}

	record DeleteAccountRequest(String password) {
	}

	@DeleteMapping("/api/v1/account")
	ResponseEntity<?> delete(AccountId runner, @RequestBody(required = false) DeleteAccountRequest body,
			HttpServletRequest request) {
		if (body == null || body.password() == null || body.password().isEmpty()) {
			throw new IllegalArgumentException("Send {\"password\": ...} with your current password to delete your account.");
		}
		String email = this.accounts.find(runner).map((a) -> a.email().value()).orElse("");
		if (this.throttle.reserve(email, request.getRemoteAddr()) instanceof Admission.Refused refused) {
			return TooManyPasswords.problem("deleted", refused.minutes());
		}
		return switch (this.deletions.delete(runner, body.password())) {
			case Deletion.Deleted deleted -> ResponseEntity.noContent().build();
			case Deletion.WrongPassword wrong -> {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, WRONG_PASSWORD);
				problem.setTitle("Wrong password");
				yield ResponseEntity.badRequest().body(problem);
			}
		};
	}

}
