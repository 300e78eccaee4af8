package dev.backstride.runs.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.backstride.account.AccountId;
import dev.backstride.account.Accounts;
import dev.backstride.account.Units;
import dev.backstride.limits.QuotaExceeded;
import dev.backstride.runs.Run;
import dev.backstride.runs.RunNotFound;
import dev.backstride.runs.Runs;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The run log's pages: the list, logging a run by hand, and one run with its route and charts. */
@Controller
class RunPages {

	/** The list shows this many days back from today. */
	static final int LIST_DAYS = 365;

	/** The earliest day an "Older runs" page may end on; a stranger one shows the year up to today. */
	static final LocalDate EARLIEST_LIST_END = LocalDate.of(1900, 1, 1);

	private final Runs runs;

	private final Accounts accounts;

	RunPages(Runs runs, Accounts accounts) {
		this.runs = runs;
		this.accounts = accounts;
	}

	/**
	 * A year of runs, newest first: the year up to today, or up to {@code until} (a day from an "Older
	 * runs" link, from 1900 to yesterday; anything else is today). Runs before the year shown are reached
	 * by that link, so an imported history older than a year is never out of reach.
	 */
	@GetMapping("/runs")
	String list(AccountId runner, @RequestParam(name = "until", required = false) String until, Model model) {
		Units units = this.accounts.units(runner);
		LocalDate today = this.runs.today();
		Optional<LocalDate> asked = day(until).filter(today::isAfter).filter((day) -> !day.isBefore(EARLIEST_LIST_END));
		LocalDate end = asked.orElse(today);
		List<Run> found = this.runs.runsBetween(runner, end.minusDays(LIST_DAYS - 1), end);
		if (found.isEmpty() && asked.isEmpty()) {
			// imported history can all be older than a year: show the year up to the latest run instead
			Optional<LocalDate> latest = this.runs.latestRunDate(runner).filter(end::isAfter);
			if (latest.isPresent()) {
				end = latest.get();
				found = this.runs.runsBetween(runner, end.minusDays(LIST_DAYS - 1), end);
				model.addAttribute("olderOnly", true);
			}
		}
		List<RunRow> rows = found
			.reversed()
			.stream()
			.map((run) -> RunRow.of(run, units))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("paged", asked.isPresent());
		model.addAttribute("until", end);
		this.runs.latestRunDateBefore(runner, end.minusDays(LIST_DAYS - 1))
			.ifPresent((older) -> model.addAttribute("older", older));
		return "runs/list";
	}

	private static Optional<LocalDate> day(String text) {
		try {
			return text == null ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()));
		}
		catch (java.time.format.DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	@GetMapping("/runs/new")
	String form(AccountId runner, Model model) {
		model.addAttribute("form", RunPageForm.empty(this.runs.today().toString()));
		unitsOf(runner, model);
		return "runs/new";
	}

	/** The distance is asked in the runner's units; the page says which and shows an example in them. */
	private Units unitsOf(AccountId runner, Model model) {
		Units units = this.accounts.units(runner);
		model.addAttribute("unitWord", units.word());
		model.addAttribute("distanceExample", RunPageForm.example(units));
		return units;
	}

	@PostMapping("/runs/new")
	String log(AccountId runner, @ModelAttribute("form") RunPageForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Units units = unitsOf(runner, model);
		if (binding.hasErrors()) {
			model.addAttribute("error", "Some answers could not be read: give whole numbers for the times and scores,"
					+ " and the distance in " + units.word() + ".");
			return "runs/new";
		}
		Run run;
		try {
			run = this.runs.log(runner, form.toRunForm(units).toRun(this.runs.today()));
		}
		catch (RunForm.FieldProblem ex) {
			model.addAttribute("error", ex.words());
			return "runs/new";
		}
		catch (IllegalArgumentException | QuotaExceeded ex) {
			model.addAttribute("error", ex.getMessage());
			return "runs/new";
		}
		redirect.addFlashAttribute("notice", "Run saved.");
		return "redirect:/runs/" + run.id();
	}

	@GetMapping("/runs/{id:\\d+}")
	String one(AccountId runner, @PathVariable long id, Model model) {
		Run run = this.runs.find(runner, id).orElseThrow(() -> new RunNotFound(id));
		Units units = this.accounts.units(runner);
		model.addAttribute("run", RunRow.of(run, units));
		model.addAttribute("terrains", RunRow.TERRAIN_WORDS);
		this.runs.original(runner, id).flatMap((original) -> RunCharts.of(original, units)).ifPresent((charts) -> {
			charts.route().ifPresent((route) -> model.addAttribute("route", route));
			model.addAttribute("series", charts.series());
			model.addAttribute("charts", true);
		});
		return "runs/run";
	}

	@PostMapping("/runs/{id:\\d+}/terrain")
	String terrain(AccountId runner, @PathVariable long id, @ModelAttribute("terrain") String terrain,
			RedirectAttributes redirect) {
		try {
			this.runs.correctTerrain(runner, id, dev.backstride.runs.Terrain.valueOf(terrain));
			redirect.addFlashAttribute("notice", "Terrain saved.");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", "Choose road, track, treadmill or trail.");
		}
		return "redirect:/runs/" + id;
	}

}
