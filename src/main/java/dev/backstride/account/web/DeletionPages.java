package dev.backstride.account.web;

import dev.backstride.account.AccountDeletions;
import dev.backstride.account.AccountId;
import dev.backstride.account.Accounts;
import dev.backstride.account.Admission;
import dev.backstride.account.Deletion;
import dev.backstride.account.security.LoginThrottle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Delete my account" on the account page: the password again, then everything goes and the session ends. */
@Controller
class DeletionPages {

	private final Accounts accounts;

	private final AccountDeletions deletions;

	private final LoginThrottle throttle;

	DeletionPages(Accounts accounts, AccountDeletions deletions, LoginThrottle throttle) {
		this.accounts = accounts;
		this.deletions = deletions;
		this.throttle = throttle;
	}

	/**
	 * On success the session ends and the browser is asked to forget what it keeps for this site
	 * ({@code Clear-Site-Data}: the offline player's place and outbox, cached pages), then the login page
	 * says the account is gone.
	 */
	@PostMapping("/account/delete")
	String delete(AccountId runner, @RequestParam(required = false) String password, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (password == null || password.isEmpty()) {
			redirect.addFlashAttribute("deleteError", "Please type your current password to delete your account.");
			return "redirect:/account#delete";
		}
		String email = this.accounts.find(runner).map((a) -> a.email().value()).orElse("");
		if (this.throttle.reserve(email, request.getRemoteAddr()) instanceof Admission.Refused refused) {
			redirect.addFlashAttribute("deleteError", TooManyPasswords.message("deleted", refused.minutes()));
			return "redirect:/account#delete";
		}
		return switch (this.deletions.delete(runner, password)) {
			case Deletion.WrongPassword wrong -> {
				redirect.addFlashAttribute("deleteError", DeletionApi.WRONG_PASSWORD);
				yield "redirect:/account#delete";
			}
			case Deletion.Deleted deleted -> {
				new SecurityContextLogoutHandler().logout(request, response,
						SecurityContextHolder.getContext().getAuthentication());
				response.setHeader("Clear-Site-Data", "\"cache\", \"storage\"");
				yield "redirect:/login?deleted";
			}
		};
	}

}
