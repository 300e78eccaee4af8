package dev.backstride.account.web;

import dev.backstride.account.Accounts;
import dev.backstride.account.Admission;
import dev.backstride.account.Email;
import dev.backstride.account.Password;
import dev.backstride.account.SignUpResult;
import dev.backstride.account.security.LoginThrottle;
import dev.backstride.account.security.SessionLogin;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class AuthController {

	private final Accounts accounts;

	private final SessionLogin sessionLogin;

	private final LoginThrottle throttle;

	AuthController(Accounts accounts, SessionLogin sessionLogin, LoginThrottle throttle) {
		this.accounts = accounts;
		this.sessionLogin = sessionLogin;
		this.throttle = throttle;
	}

	record SignUpForm(String email, String password, String confirm) {
	}

	@GetMapping("/login")
	String login() {
		return "account/login";
	}

	@GetMapping("/signup")
	String signUpForm(Model model) {
		model.addAttribute("form", new SignUpForm("", "", ""));
		return "account/signup";
	}

	@PostMapping("/signup")
	String signUp(@ModelAttribute("form") SignUpForm form, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Email email;
		Password password;
		try {
			email = new Email(form.email());
			password = new Password(form.password());
			if (!form.password().equals(form.confirm())) {
				throw new IllegalArgumentException("The two passwords do not match.");
			}
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("form", new SignUpForm(form.email(), "", ""));
			return "account/signup";
		}
		if (this.throttle.reserveSignUp(request.getRemoteAddr()) instanceof Admission.Refused refused) {
			response.setStatus(429);
			model.addAttribute("error", "Too many sign-ups have come from your network in the last hour. "
					+ "Please try again in " + refused.minutes() + (refused.minutes() == 1 ? " minute." : " minutes."));
			model.addAttribute("form", new SignUpForm(form.email(), "", ""));
			return "account/signup";
		}
		return switch (this.accounts.signUp(email, password)) {
			case SignUpResult.Created created -> {
				this.sessionLogin.signIn(created.account(), request, response);
				yield "redirect:/profile?welcome";
			}
			case SignUpResult.EmailTaken taken -> {
				// worded so that it does not confirm that the address has an account (see AccountApi.signUp)
				model.addAttribute("error", "We could not create an account with this email address and password. "
						+ "If you have signed up before, log in instead.");
				model.addAttribute("form", new SignUpForm(form.email(), "", ""));
				yield "account/signup";
			}
		};
	}

}
