package dev.backstride.checkin.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import dev.backstride.account.AccountId;
import dev.backstride.checkin.CheckIn;
import dev.backstride.checkin.CheckIns;
import dev.backstride.limits.QuotaExceeded;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class CheckInController {

	private final CheckIns checkIns;

	CheckInController(CheckIns checkIns) {
		this.checkIns = checkIns;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("locations", labels("CENTRAL", "In the middle of the low back", "ONE_SIDE",
				"On one side of the low back", "BUTTOCK", "In the buttock", "LEG_ABOVE_KNEE", "Down the leg, above the knee",
				"LEG_BELOW_KNEE", "Down the leg, below the knee"));
		model.addAttribute("kinds", labels("ACHE", "Aching", "TIGHTNESS", "Tight or stiff", "BENDING",
				"Hurts when bending", "TWISTING", "Hurts when twisting"));
		model.addAttribute("timings", labels("BEFORE_RUN", "Before running", "DURING_RUN", "While running",
				"AFTER_RUN", "After running"));
		model.addAttribute("mornings", labels("BETTER", "Better", "SAME", "About the same", "SLIGHTLY_WORSE",
				"A little worse", "WORSE", "Clearly worse"));
	}

	private static Map<String, String> labels(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

	@GetMapping("/checkin")
	String form(AccountId runner, Model model) {
		model.addAttribute("form", CheckInForm.empty());
		return "checkin/form";
	}

	@PostMapping("/checkin")
	String save(AccountId runner, @ModelAttribute("form") CheckInForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			model.addAttribute("error", binding.getFieldErrors()
				.stream()
				.map(e -> CheckInForm.unreadable(e.getField().replaceAll("\\[.*", "")))
				.distinct()
				.collect(Collectors.joining(" ")));
			return "checkin/form";
		}
		CheckIn checkIn;
		try {
			checkIn = form.toCheckIn(this.checkIns.today());
		}
		catch (CheckInForm.FieldProblem ex) {
			model.addAttribute("error", ex.words());
			return "checkin/form";
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("error", ex.getMessage());
			return "checkin/form";
		}
		boolean updated;
		try {
			updated = this.checkIns.log(runner, checkIn).updated();
		}
		catch (QuotaExceeded ex) {
			model.addAttribute("error", ex.getMessage());
			return "checkin/form";
		}
		if (checkIn.newOrChangedSymptoms()) {
			return "redirect:/screening?recheck=true";
		}
		redirect.addFlashAttribute("notice", updated
				? "Check-in updated: you had already checked in for that day, so your new answers replace the earlier ones."
				: "Check-in saved.");
		return "redirect:/";
	}

}
