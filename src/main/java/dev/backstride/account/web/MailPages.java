package dev.backstride.account.web;

import dev.backstride.account.AccountId;
import dev.backstride.account.Accounts;
import dev.backstride.account.Admission;
import dev.backstride.account.Email;
import dev.backstride.account.EmailChanges;
import dev.backstride.account.MailLinkOutcome;
import dev.backstride.account.Password;
import dev.backstride.account.PasswordResets;
import dev.backstride.account.security.LoginThrottle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages that work through mail: asking for a password reset and following its link, and changing the
 * sign-in address (confirmed from the new address). Where mail is not set up they say so.
 */
@Controller
class MailPages {

	static final String SENT = "If an account uses this address, we have sent it a link to choose a new password."
			+ " The link works once, for 30 minutes. Check your spam folder if nothing arrives.";

	private final PasswordResets resets;

	private final EmailChanges emailChanges;

	private final Accounts accounts;

	private final LoginThrottle throttle;

	MailPages(PasswordResets resets, EmailChanges emailChanges, Accounts accounts, LoginThrottle throttle) {
		this.resets = resets;
		this.emailChanges = emailChanges;
		this.accounts = accounts;
		this.throttle = throttle;
	}

	@GetMapping("/password-reset")
	String resetForm(Model model) {
		model.addAttribute("available", this.resets.available());
		return "account/reset";
	}

	/** The same answer whether or not the address has an account; limited per address and per client. */
	@PostMapping("/password-reset")
	String requestReset(@RequestParam(required = false) String email, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		model.addAttribute("available", this.resets.available());
		if (!this.resets.available()) {
			return "account/reset";
		}
		Email address;
		try {
			address = new Email(email);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("error", ex.getMessage());
			return "account/reset";
		}
		if (this.throttle.reserveMail(address.value(), request.getRemoteAddr()) instanceof Admission.Refused refused) {
			response.setStatus(429);
			model.addAttribute("error", "Too many reset links have been asked for. Please try again in "
					+ refused.minutes() + (refused.minutes() == 1 ? " minute." : " minutes."));
			return "account/reset";
		}
		this.resets.request(address);
		model.addAttribute("notice", SENT);
		model.addAttribute("sent", true);
		return "account/reset";
	}

	@GetMapping("/password-reset/new")
	String newPasswordForm(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("usable", this.resets.usable(token));
		return "account/reset-new";
	}

	@PostMapping("/password-reset/new")
	String setNewPassword(@RequestParam(required = false) String token,
			@RequestParam(required = false) String password, @RequestParam(required = false) String confirm,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("token", token);
		model.addAttribute("usable", true);
		Password newPassword;
		try {
			newPassword = new Password(password);
			if (!newPassword.value().equals(confirm)) {
				throw new IllegalArgumentException("The two passwords do not match.");
			}
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("usable", this.resets.usable(token));
			return "account/reset-new";
		}
		return switch (this.resets.reset(token, newPassword)) {
			case MailLinkOutcome.Done done -> "redirect:/login?reset";
			case MailLinkOutcome.NotValid invalid -> {
				model.addAttribute("usable", false);
				yield "account/reset-new";
			}
			case MailLinkOutcome.AddressTaken taken -> "redirect:/password-reset";
		};
	}

	@GetMapping("/account")
	String account(AccountId runner, Model model) {
		model.addAttribute("email", this.accounts.find(runner).map((a) -> a.email().value()).orElse(""));
		model.addAttribute("available", this.emailChanges.available());
		return "account/account";
	}

	@PostMapping("/account/email")
	String changeEmail(AccountId runner, @RequestParam(required = false) String email,
			@RequestParam(required = false) String password, Model model, RedirectAttributes redirect) {
		if (!this.emailChanges.available()) {
			return "redirect:/account";
		}
		Email newEmail;
		try {
			newEmail = new Email(email);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/account";
		}
		if (!this.accounts.passwordMatches(runner, password)) {
			redirect.addFlashAttribute("error", "That is not your current password, so nothing was changed.");
			return "redirect:/account";
		}
		this.emailChanges.request(runner, newEmail);
		redirect.addFlashAttribute("notice", "We have sent a link to " + newEmail.value()
				+ ". Your sign-in address changes when you open it; until then, keep using the one you have.");
		return "redirect:/account";
	}

	@GetMapping("/account/email/confirm")
	String confirmForm(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		return "account/email-confirm";
	}

	/** A button press rather than the link itself, so that a mail scanner opening links changes nothing. */
	@PostMapping("/account/email/confirm")
	String confirm(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		switch (this.emailChanges.confirm(token)) {
			case MailLinkOutcome.Done done -> model.addAttribute("done", true);
			case MailLinkOutcome.NotValid invalid -> model.addAttribute("error",
					"This link has expired or was already used. Ask for a new one on your account page.");
			case MailLinkOutcome.AddressTaken taken -> model.addAttribute("error",
					"Another account uses this address now, so yours was not changed.");
		}
		return "account/email-confirm";
	}

}
