package dev.backstride.account.web;

import dev.backstride.account.AccountId;
import dev.backstride.account.Accounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ProfileController {

	private final Accounts accounts;

	ProfileController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/profile")
	String show(AccountId runner, Model model) {
		model.addAttribute("form", ProfileForm.of(this.accounts.profile(runner)));
		return "account/profile";
	}

	@PostMapping("/profile")
	String save(AccountId runner, @ModelAttribute("form") ProfileForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			model.addAttribute("error", binding.getFieldErrors()
				.stream()
				.map(e -> ProfileForm.unreadable(e.getField()))
				.distinct()
				.collect(java.util.stream.Collectors.joining(" ")));
			return "account/profile";
		}
		try {
			this.accounts.updateProfile(runner, form.toProfile());
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("error", ex.getMessage());
			return "account/profile";
		}
		redirect.addFlashAttribute("notice", "Profile saved.");
		return "redirect:/";
	}

}
