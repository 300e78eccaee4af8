package dev.backstride.account.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.backstride.account.AccountId;
import dev.backstride.account.Accounts;
import dev.backstride.account.ProfileDraft;
import dev.backstride.account.ProfileDraft.Problem;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The profile page. Every problem with what was typed is shown at once, listed together and marked on
 * its field; nothing is saved until all are fixed.
 */
@Controller
class ProfileController {

	private final Accounts accounts;

	ProfileController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/profile")
	String show(AccountId runner, Model model) {
		model.addAttribute("form", ProfilePageForm.of(this.accounts.profile(runner), this.accounts.units(runner)));
		model.addAttribute("problems", Map.of());
		return "account/profile";
	}

	@PostMapping("/profile")
	String save(AccountId runner, @ModelAttribute("form") ProfilePageForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		// A field the page could not even read gets that message; the checks below add the rest.
		Map<String, String> problems = new LinkedHashMap<>();
		binding.getFieldErrors().forEach((e) -> {
			String field = e.getField().startsWith("terrain") ? "terrain" : e.getField();
			problems.putIfAbsent(field, ProfileForm.unreadable(field));
		});
		switch (form.draft().check()) {
			case ProfileDraft.Checked.Invalid invalid -> invalid.problems()
				.forEach((p) -> problems.putIfAbsent(p.field(), p.message()));
			case ProfileDraft.Checked.Valid valid -> {
				if (problems.isEmpty()) {
					this.accounts.updateProfile(runner, valid.profile(), valid.units());
					redirect.addFlashAttribute("notice", "Profile saved.");
					return "redirect:/next";
				}
			}
		}
		model.addAttribute("problems", problems);
		model.addAttribute("problemList", list(problems));
		return "account/profile";
	}

	private static List<Problem> list(Map<String, String> problems) {
		List<Problem> list = new ArrayList<>();
		problems.forEach((field, message) -> list.add(new Problem(field, message)));
		return list;
	}

}
