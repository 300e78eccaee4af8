package dev.backstride.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.backstride.account.AccountId;
import dev.backstride.account.Accounts;
import dev.backstride.account.Profile;
import dev.backstride.checkin.CallView;
import dev.backstride.checkin.CheckIn;
import dev.backstride.checkin.CheckIns;
import dev.backstride.insight.Insights;
import dev.backstride.limits.PageRequest;
import dev.backstride.screening.CareStatus;
import dev.backstride.screening.FunctionResponse;
import dev.backstride.screening.MeaningfulChange;
import dev.backstride.screening.MeasuresDue;
import dev.backstride.screening.RiskResponse;
import dev.backstride.screening.Screening;
import dev.backstride.screening.TriageLevel;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The daily answer to "can I run today, and what do I do?" (PROTOCOL §8): today's call with its rule
 * ids, the latest scores with their meaningful-change markers, and what is due.
 */
@Controller
class HomeController {

	private final Screening screening;

	private final CheckIns checkIns;

	private final Accounts accounts;

	private final FirstRuns firstRuns;

	private final Insights insights;

	private final Routine.Reader routines;

	HomeController(Screening screening, CheckIns checkIns, Accounts accounts, FirstRuns firstRuns, Insights insights,
			Routine.Reader routines) {
		this.screening = screening;
		this.checkIns = checkIns;
		this.accounts = accounts;
		this.firstRuns = firstRuns;
		this.insights = insights;
		this.routines = routines;
	}

	/** A score with how it moved since the one before: better, worse, or no real change. */
	record Score(String label, String value, String detail, String ruleId, String change) {
	}

	record Todo(String text, String href) {
	}

	@GetMapping("/")
	String home(Model model) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return "landing";
		}
		return "forward:/today";
	}

	private static final PageRequest LATEST_TWO = PageRequest.first(2);

	@GetMapping("/today")
	String today(AccountId runner, Model model) {
		CareStatus status = this.screening.careStatus(runner);
		if (status instanceof CareStatus.Paused paused && paused.level() == TriageLevel.EMERGENCY) {
			model.addAttribute("ruleIds", paused.ruleIds());
			return "screening/emergency";
		}
		// today's call with the load and terrain rules (insight module), in the check-in module's view shape
		model.addAttribute("call", CallView.of(this.insights.todaysCall(runner).call()));
		model.addAttribute("scores", scores(runner));
		model.addAttribute("routine", this.routines.read(runner));
		MeasuresDue due = this.screening.measuresDue(runner);
		List<Todo> todos = todos(runner, status, due);
		Optional<FirstRuns.View> firstRun = this.firstRuns.view(runner);
		model.addAttribute("firstRun", firstRun.orElse(null));
		// the one next thing: the first-run step, else the first thing due
		model.addAttribute("primary", firstRun.isPresent() || todos.isEmpty() ? null : todos.get(0));
		model.addAttribute("todos", firstRun.isPresent() || todos.isEmpty() ? todos : todos.subList(1, todos.size()));
		model.addAttribute("comingUp", comingUp(due));
		if (firstRun.isEmpty()) {
			// small trends once the first run is done: before that, the one next step is all the page shows
			model.addAttribute("trends", this.insights.scoreTrends(runner));
			model.addAttribute("charts", true);
		}
		return "home";
	}

	private List<Score> scores(AccountId runner) {
		List<Score> scores = new ArrayList<>();
		// The latest two of each: what the cards show, and the change between them.
		List<CheckIn> checkIns = this.checkIns.history(runner, LATEST_TWO).items();
		if (!checkIns.isEmpty()) {
			CheckIn latest = checkIns.get(0);
			String change = checkIns.size() > 1
					? MeaningfulChange.pain(checkIns.get(1).worstPain24h().value(), latest.worstPain24h().value()).label()
					: "";
			scores.add(new Score("Pain", latest.painNow().value() + "/10 now",
					"worst in 24 h " + latest.worstPain24h().value() + "/10 · " + DAY.format(latest.date()), "M-NRS", change));
		}
		List<RiskResponse> risks = this.screening.riskHistory(runner, LATEST_TWO).items();
		if (!risks.isEmpty()) {
			RiskResponse latest = risks.get(0);
			String change = risks.size() > 1
					? MeaningfulChange.risk(risks.get(1).score().stratum(), latest.score().stratum()).label() : "";
			scores.add(new Score("Risk screen", latest.score().stratum().words(),
					latest.care().advice(), "M-RISK", change));
		}
		List<FunctionResponse> functions = this.screening.functionHistory(runner, LATEST_TWO).items();
		if (!functions.isEmpty()) {
			FunctionResponse latest = functions.get(0);
			String change = functions.size() > 1 ? MeaningfulChange
				.function(functions.get(1).score().percent(), latest.score().percent())
				.label() : "";
			scores.add(new Score("Function index", latest.score().percent() + "%",
					latest.score().band().words(), "M-FUNC", change));
		}
		return scores;
	}

	/** Only what is due now, most urgent first. */
	private List<Todo> todos(AccountId runner, CareStatus status, MeasuresDue due) {
		List<Todo> todos = new ArrayList<>();
		switch (status) {
			case CareStatus.NotScreened n -> todos.add(new Todo("Answer the safety questions", "/screening"));
			case CareStatus.NeedsClearance n -> todos.add(new Todo("Read a word about starting to exercise",
					"/screening/clearance"));
			case CareStatus.Paused p -> todos.add(new Todo("See a clinician, then record that you have been assessed",
					"/screening/status"));
			case CareStatus.Active a -> {
			}
		}
		Profile profile = this.accounts.profile(runner);
		if (profile.age().isEmpty()) {
			todos.add(new Todo("Add your age to your profile: it changes what some safety answers mean", "/profile"));
		}
		Optional<CheckIn> latest = this.checkIns.latest(runner);
		if (latest.isEmpty() || latest.get().date().isBefore(this.checkIns.today())) {
			todos.add(new Todo("Check in for today", "/checkin"));
		}
		if (due.risk().dueNow()) {
			todos.add(new Todo("Answer the risk screen: it is due", "/questionnaires/risk"));
		}
		if (due.function().dueNow()) {
			todos.add(new Todo("Answer the function index: it is due", "/questionnaires/function"));
		}
		return todos;
	}

	/** Questionnaires not due yet, with the day they will be. */
	private static List<String> comingUp(MeasuresDue due) {
		List<String> later = new ArrayList<>();
		if (!due.risk().dueNow()) {
			later.add("Risk screen on " + DAY.format(due.risk().date()));
		}
		if (!due.function().dueNow()) {
			later.add("Function index on " + DAY.format(due.function().date()));
		}
		return later;
	}

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
		.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);

}
