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
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Change your password" on the account page: the current password, the new one twice. It works without
 * mail, which a password reset needs. This browser stays signed in; the account's other page sessions
 * end. A wrong current password changes nothing and counts as a failed sign-in.
 */
@Controller
class PasswordPages {

	static final String WRONG_PASSWORD = "That is not your current password, so nothing was changed.";

	static final String CHANGED = "Your password is changed. Anywhere else you were signed in with the old one"
			+ " is signed out; apps using an access token keep working until you revoke it.";

	private final Accounts accounts;

	private final PasswordChanges changes;

	private final LoginThrottle throttle;

	PasswordPages(Accounts accounts, PasswordChanges changes, LoginThrottle throttle) {
		this.accounts = accounts;
		this.changes = changes;
		this.throttle = throttle;
	}

	@PostMapping("/account/password")
	String change(AccountId runner, @RequestParam(required = false) String currentPassword,
			@RequestParam(required = false) String newPassword, @RequestParam(required = false) String newPasswordAgain,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (currentPassword == null || currentPassword.isEmpty()) {
			return refuse(redirect, "Please type your current password.");
		}
		Password next;
		try {
			next = new Password(newPassword);
		}
		catch (IllegalArgumentException ex) {
			return refuse(redirect, ex.getMessage());
		}
		if (!next.value().equals(newPasswordAgain)) {
			return refuse(redirect, "The two new passwords are not the same. Please type the new one twice.");
		}
		String email = this.accounts.find(runner).map((a) -> a.email().value()).orElse("");
		if (this.throttle.reserve(email, request.getRemoteAddr()) instanceof Admission.Refused refused) {
			return refuse(redirect, TooManyPasswords.message("changed", refused.minutes()));
		}
		HttpSession session = request.getSession(false);
		return switch (this.changes.change(runner, currentPassword, next,
				Optional.ofNullable(session).map(HttpSession::getId))) {
			case PasswordChange.WrongPassword wrong -> refuse(redirect, WRONG_PASSWORD);
			case PasswordChange.Changed changed -> {
				this.throttle.succeeded(email, request.getRemoteAddr());
				redirect.addFlashAttribute("passwordNotice", CHANGED);
				yield "redirect:/account#password";
			}
		};
	}

	private static String refuse(RedirectAttributes redirect, String message) {
		redirect.addFlashAttribute("passwordError", message);
		return "redirect:/account#password";
	}

}
