package dev.backstride.account.web;

import java.util.Optional;

import dev.backstride.account.AccountId;
import dev.backstride.account.Accounts;
import dev.backstride.account.Admission;
import dev.backstride.account.Password;
import dev.backstride.account.PasswordChange;
import dev.backstride.account.PasswordChanges;
import dev.backstride.account.security.LoginThrottle;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/v1/account/password} with the current and the new password: 204, and every page
 * session of the account ends (tokens keep working). A wrong current password is a 400 that changes
 * nothing and counts as a failed sign-in.
 */
@RestController
class PasswordApi {

	private final Accounts accounts;

	private final PasswordChanges changes;

	private final LoginThrottle throttle;

	PasswordApi(Accounts accounts, PasswordChanges changes, LoginThrottle throttle) {
		this.accounts = accounts;
		this.changes = changes;
		this.throttle = throttle;
	}

	record ChangePasswordRequest(String currentPassword, String newPassword) {
	}

	@PutMapping("/api/v1/account/password")
	ResponseEntity<?> change(AccountId runner, @RequestBody(required = false) ChangePasswordRequest body,
			HttpServletRequest request) {
		if (body == null || body.currentPassword() == null || body.currentPassword().isEmpty()) {
			throw new IllegalArgumentException(
					"Send {\"currentPassword\": ..., \"newPassword\": ...} to change your password.");
		}
		Password next = new Password(body.newPassword());
		String email = this.accounts.find(runner).map((a) -> a.email().value()).orElse("");
		if (this.throttle.reserve(email, request.getRemoteAddr()) instanceof Admission.Refused refused) {
			return TooManyPasswords.problem("changed", refused.minutes());
		}
		return switch (this.changes.change(runner, body.currentPassword(), next, Optional.empty())) {
			case PasswordChange.Changed changed -> {
				this.throttle.succeeded(email, request.getRemoteAddr());
				yield ResponseEntity.noContent().build();
			}
			case PasswordChange.WrongPassword wrong -> {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
						PasswordPages.WRONG_PASSWORD);
				problem.setTitle("Wrong password");
				yield ResponseEntity.badRequest().body(problem);
			}
		};
	}

}
