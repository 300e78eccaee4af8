package dev.backstride.screening.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.backstride.account.AccountId;
import dev.backstride.screening.CareStatus;
import dev.backstride.screening.RedFlagAnswers;
import dev.backstride.screening.RedFlagItem;
import dev.backstride.screening.RedFlagScreening;
import dev.backstride.screening.Screening;
import dev.backstride.screening.TriageLevel;
import dev.backstride.screening.TriageOutcome;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The danger-sign questions (PROTOCOL §2), their outcome pages, and the RF-CLEAR step. */
@Controller
class ScreeningController {

	private final Screening screening;

	private final RunnerProfiles profiles;

	ScreeningController(Screening screening, RunnerProfiles profiles) {
		this.screening = screening;
		this.profiles = profiles;
	}

	@GetMapping("/screening")
	String questions(AccountId runner, @RequestParam(defaultValue = "false") boolean recheck, Model model) {
		model.addAttribute("items", this.screening.redFlagQuestions());
		model.addAttribute("recheck", recheck);
		model.addAttribute("answers", Map.of());
		// a runner who opens Safety from the menu learns where they stand before 20 blank questions
		model.addAttribute("standing", switch (this.screening.careStatus(runner)) {
			case CareStatus.NotScreened n -> "new";
			case CareStatus.NeedsClearance n -> "clearance";
			case CareStatus.Active a -> "clear";
			case CareStatus.Paused p -> "paused";
		});
		return "screening/redflags";
	}

	@PostMapping("/screening")
	String answer(AccountId runner, @RequestParam Map<String, String> form, Model model) {
		Map<String, Boolean> answers = new HashMap<>();
		for (RedFlagItem item : this.screening.redFlagQuestions()) {
			String value = form.get(item.id());
			if ("yes".equals(value) || "no".equals(value)) {
				answers.put(item.id(), "yes".equals(value));
			}
		}
		if (answers.size() < RedFlagItem.values().length) {
			model.addAttribute("items", this.screening.redFlagQuestions());
			model.addAttribute("recheck", Boolean.parseBoolean(form.get("recheck")));
			model.addAttribute("answers", form);
			model.addAttribute("error", "Please answer every question with yes or no ("
					+ (RedFlagItem.values().length - answers.size()) + " still open).");
			return "screening/redflags";
		}
		RedFlagScreening result = this.screening.screen(runner, new RedFlagAnswers(answers), this.profiles.of(runner));
		return outcomePage(runner, result.outcome(), model);
	}

	/** Where the plan stands now; the emergency page while an emergency is open. */
	@GetMapping("/screening/status")
	String status(AccountId runner, Model model) {
		return switch (this.screening.careStatus(runner)) {
			case CareStatus.NotScreened n -> "redirect:/screening";
			case CareStatus.NeedsClearance n -> "redirect:/screening/clearance";
			case CareStatus.Active a -> "redirect:/";
			case CareStatus.Paused paused -> pausedPage(runner, paused, model);
		};
	}

	private String outcomePage(AccountId runner, TriageOutcome outcome, Model model) {
		return switch (outcome) {
			case TriageOutcome.Emergency emergency -> {
				model.addAttribute("ruleIds", emergency.ruleIds());
				yield "screening/emergency";
			}
			case TriageOutcome.SeeClinician see -> {
				model.addAttribute("flags", see.flags());
				model.addAttribute("context", see.context());
				model.addAttribute("ruleIds", see.ruleIds());
				yield "screening/see-clinician";
			}
			case TriageOutcome.SelfManage clear -> switch (this.screening.careStatus(runner)) {
				case CareStatus.NeedsClearance n -> "redirect:/screening/clearance?clear";
				case CareStatus.Paused paused -> pausedPage(runner, paused, model);
				default -> "redirect:/?screened";
			};
		};
	}

	String pausedPage(AccountId runner, CareStatus.Paused paused, Model model) {
		model.addAttribute("ruleIds", paused.ruleIds());
		if (paused.level() == TriageLevel.EMERGENCY) {
			return "screening/emergency";
		}
		var flags = this.screening.openScreenings(runner)
			.stream()
			.filter(s -> s.outcome().level() == TriageLevel.SEE_CLINICIAN)
			.findFirst()
			.map(s -> s.outcome().flags())
			.orElse(List.of());
		model.addAttribute("flags", flags);
		model.addAttribute("context", List.of(paused.reason()));
		return "screening/see-clinician";
	}

	@PostMapping("/screening/assessed")
	String assessed(AccountId runner, @RequestParam(defaultValue = "false") boolean confirm,
			RedirectAttributes redirect) {
		if (!confirm) {
			redirect.addFlashAttribute("error", "Tick the box to confirm that a clinician has assessed you.");
			return "redirect:/screening/status";
		}
		this.screening.recordClinicianAssessed(runner);
		redirect.addFlashAttribute("notice", "Thank you. We have noted that a clinician has assessed you.");
		// Straight to the next step: a second redirect through /screening/status would drop the notice.
		return switch (this.screening.careStatus(runner)) {
			case CareStatus.NeedsClearance n -> "redirect:/screening/clearance";
			case CareStatus.Active a -> "redirect:/";
			default -> "redirect:/screening/status";
		};
	}

	@GetMapping("/screening/clearance")
	String clearance(AccountId runner, @RequestParam(required = false) String clear, Model model) {
		model.addAttribute("clear", clear != null);
		return "screening/clearance";
	}

	@PostMapping("/screening/clearance")
	String confirmClearance(AccountId runner, @RequestParam(defaultValue = "false") boolean advised,
			@RequestParam(defaultValue = "false") boolean consulted, Model model, RedirectAttributes redirect) {
		if (!advised) {
			model.addAttribute("clear", false);
			model.addAttribute("error", "Please confirm that you have read the advice before continuing.");
			return "screening/clearance";
		}
		this.screening.confirmClearance(runner, consulted);
		redirect.addFlashAttribute("notice", "Thank you. Next, two short questionnaires give us a starting point.");
		return "redirect:/questionnaires";
	}

}
