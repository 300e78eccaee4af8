package dev.backstride.program.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.backstride.account.AccountId;
import dev.backstride.limits.PageRequest;
import dev.backstride.limits.QuotaExceeded;
import dev.backstride.program.CoreDays;
import dev.backstride.program.DoseChange;
import dev.backstride.program.Programs;
import dev.backstride.program.TakenTest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The plan page, the self-test pages and the history of dose changes. */
@Controller
class ProgramPages {

	private final Programs programs;

	ProgramPages(Programs programs) {
		this.programs = programs;
	}

	@ModelAttribute
	void words(Model model) {
		model.addAttribute("contributorNames", Words.CONTRIBUTORS);
		model.addAttribute("testNames", Words.TESTS);
		model.addAttribute("ruleNames", Words.RULES);
	}

	@GetMapping("/program")
	String plan(AccountId runner, Model model) {
		Programs.Overview overview = this.programs.overview(runner);
		model.addAttribute("plan", PlanView.of(overview.plan(), this.programs.today().getDayOfWeek()));
		if (!model.containsAttribute("chosenDays")) {
			model.addAttribute("chosenDays", this.programs.coreDays(runner).inWeekOrder().stream().map(Enum::name).toList());
		}
		Map<String, String> week = new LinkedHashMap<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			week.put(day.name(), day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
		}
		model.addAttribute("week", week);
		model.addAttribute("calendarOpenedAt", this.programs.calendarOpenedAt(runner).orElse(null));
		model.addAttribute("changes", overview.changeCount());
		return "program/plan";
	}

	@PostMapping("/program/core-days")
	String coreDays(AccountId runner, @RequestParam(required = false) List<String> days, Model model,
			RedirectAttributes redirect) {
		Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
		try {
			for (String day : days == null ? List.<String>of() : days) {
				chosen.add(DayOfWeek.valueOf(day));
			}
			this.programs.chooseCoreDays(runner, new CoreDays(chosen));
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("error", ex.getMessage().startsWith("No enum") ? "Choose days from the list." : ex.getMessage());
			model.addAttribute("chosenDays", days == null ? List.of() : days);
			return plan(runner, model);
		}
		redirect.addFlashAttribute("notice", "Your core days are saved.");
		return "redirect:/program";
	}

	@PostMapping("/program/calendar")
	String openCalendar(AccountId runner, HttpServletRequest request, RedirectAttributes redirect) {
		String url = ServletUriComponentsBuilder.fromContextPath(request)
			.path("/calendar/{secret}.ics")
			.buildAndExpand(this.programs.openCalendar(runner))
			.toUriString();
		redirect.addFlashAttribute("calendarUrl", url);
		return "redirect:/program#reminders";
	}

	@PostMapping("/program/calendar/revoke")
	String closeCalendar(AccountId runner, RedirectAttributes redirect) {
		this.programs.closeCalendar(runner);
		redirect.addFlashAttribute("notice", "The calendar address is turned off; calendars using it get no more updates.");
		return "redirect:/program#reminders";
	}

	@GetMapping("/program/history")
	String history(AccountId runner, Model model) {
		List<DoseChange> changes = new ArrayList<>(this.programs.history(runner));
		java.util.Collections.reverse(changes);
		model.addAttribute("changes", changes);
		return "program/history";
	}

	@GetMapping("/program/tests")
	String tests(AccountId runner, Model model) {
		List<TakenTest> taken = this.programs.tests(runner, PageRequest.first(PageRequest.MAX_LIMIT)).items();
		model.addAttribute("taken", taken.stream().map(TestRow::of).toList());
		model.addAttribute("pages", Words.TEST_PAGES);
		return "program/tests";
	}

	@GetMapping("/program/tests/{page}")
	String test(@PathVariable String page, Model model) {
		model.addAttribute("test", testId(page));
		model.addAttribute("page", page);
		return "program/test";
	}

	@PostMapping("/program/tests/{page}")
	String takeTest(AccountId runner, @PathVariable String page, @ModelAttribute SelfTestForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		String test = testId(page);
		if (binding.hasErrors()) {
			return again(model, test, page, "Enter each result as a whole number.");
		}
		try {
			TakenTest taken = this.programs.takeTest(runner, new SelfTestForm(test, form.left(), form.right(),
					form.plankSeconds(), form.sidePlankLeft(), form.sidePlankRight(), form.leftThighLifts(),
					form.rightThighLifts()).toTest());
			redirect.addFlashAttribute("notice", taken.test().findings().isEmpty()
					? "Saved. This test found nothing that needs extra work." : "Saved. "
							+ taken.test().findings().get(0).reason());
		}
		catch (FieldProblem ex) {
			return again(model, test, page, capitalised(ex.words()));
		}
		catch (QuotaExceeded ex) {
			return again(model, test, page, ex.getMessage());
		}
		return "redirect:/program/tests";
	}

	/** One result for the pages: the test, when, the readings in words and what it found, in words. */
	record TestRow(String test, java.time.LocalDate date, String readings, List<String> found) {

		static TestRow of(TakenTest t) {
			String readings = switch (t.test()) {
				case dev.backstride.program.SelfTest.Hamstrings h -> "Left leg " + h.leftDegrees() + "°, right leg "
						+ h.rightDegrees() + "°";
				case dev.backstride.program.SelfTest.Core c -> "Plank " + c.plankSeconds() + " s, side planks "
						+ c.sidePlankLeftSeconds() + " s left and " + c.sidePlankRightSeconds() + " s right";
				case dev.backstride.program.SelfTest.HipFlexors f -> thigh("Left", f.leftThighLifts()) + ", "
						+ thigh("right", f.rightThighLifts());
			};
			return new TestRow(t.test().id(), java.time.LocalDate.ofInstant(t.takenAt(), java.time.ZoneOffset.UTC),
					readings, t.test().findings().stream().map((c) -> Words.found(c)).distinct().toList());
		}

		private static String thigh(String side, boolean lifts) {
			return side + " thigh " + (lifts ? "lifts" : "stays down");
		}

	}

	private static String again(Model model, String test, String page, String error) {
		model.addAttribute("test", test);
		model.addAttribute("page", page);
		model.addAttribute("error", error);
		return "program/test";
	}

	private static String capitalised(String words) {
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	private static String testId(String page) {
		String test = Words.TEST_PAGES.get(page);
		if (test == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return test;
	}

}
