package dev.backstride.checkin.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;

import dev.backstride.account.AccountId;
import dev.backstride.checkin.CheckIn;
import dev.backstride.checkin.CheckInDates;
import dev.backstride.checkin.CheckIns;
import dev.backstride.limits.PageRequest;
import dev.backstride.limits.QuotaExceeded;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

	/**
	 * The check-in of a day: today unless another of the last {@link CheckInDates#DAYS_BACK} days is
	 * chosen; a day already checked in shows its answers, to change them.
	 */
	@GetMapping("/checkin")
	String form(AccountId runner, @RequestParam(required = false) String date, Model model) {
		LocalDate today = this.checkIns.today();
		LocalDate day = today;
		if (date != null && !date.isBlank()) {
			try {
				day = CheckInDates.require(CheckInDays.parse(date), today);
			}
			catch (IllegalArgumentException ex) {
				model.addAttribute("error", ex.getMessage() + " Here is today's check-in.");
			}
		}
		Optional<CheckIn> existing = this.checkIns.on(runner, day);
		model.addAttribute("form", existing.map(CheckInForm::of).orElse(CheckInForm.empty().forDay(day)));
		model.addAttribute("existing", existing.isPresent());
		return "checkin/form";
	}

	/** The days a check-in may be for, newest first: ISO value and the words the menu shows. */
	@ModelAttribute("days")
	List<Recent> days() {
		LocalDate today = this.checkIns.today();
		List<Recent> days = new ArrayList<>();
		for (int back = 0; back <= CheckInDates.DAYS_BACK; back++) {
			LocalDate day = today.minusDays(back);
			String words = CheckInDays.words(day);
			days.add(new Recent(day.toString(), back == 0 ? "Today, " + words : back == 1 ? "Yesterday, " + words : words, ""));
		}
		return days;
	}

	/** The runner's check-ins of the last two weeks, newest first, each with its edit and delete buttons. */
	@ModelAttribute("recent")
	List<Recent> recent(AccountId runner) {
		LocalDate today = this.checkIns.today();
		return this.checkIns.history(runner, PageRequest.first(CheckInDates.DAYS_BACK + 1))
			.items()
			.stream()
			.filter((c) -> !c.date().isBefore(today.minusDays(CheckInDates.DAYS_BACK)))
			.map((c) -> new Recent(c.date().toString(), CheckInDays.words(c.date()),
					"pain " + c.painNow().value() + "/10 now, worst " + c.worstPain24h().value() + "/10"))
			.toList();
	}

	/** A day of the check-ins: ISO for forms, words for the page, and its pain when checked in. */
	record Recent(String date, String day, String pain) {
	}

	@PostMapping("/checkin/delete")
	String delete(AccountId runner, @RequestParam(required = false) String date, RedirectAttributes redirect) {
		LocalDate day;
		try {
			day = CheckInDays.parse(date);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/checkin";
		}
		if (this.checkIns.delete(runner, day)) {
			redirect.addFlashAttribute("notice", "Your check-in of " + CheckInDays.words(day) + " is deleted.");
		}
		else {
			redirect.addFlashAttribute("error", "You have no check-in on " + CheckInDays.words(day) + ".");
		}
		return "redirect:/checkin";
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
