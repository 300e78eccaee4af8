package dev.backstride.program.web;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.backstride.account.AccountId;
import dev.backstride.limits.Page;
import dev.backstride.limits.PageRequest;
import dev.backstride.program.CoreDays;
import dev.backstride.program.DoseChange;
import dev.backstride.program.LoggedSession;
import dev.backstride.program.PerformedExercise;
import dev.backstride.program.PerformedSet;
import dev.backstride.program.Programs;
import dev.backstride.program.SelfTest;
import dev.backstride.program.SessionLogged;
import dev.backstride.program.Side;
import dev.backstride.program.TakenTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class ProgramApi {

	private final Programs programs;

	ProgramApi(Programs programs) {
		this.programs = programs;
	}

	@GetMapping("/plan")
	PlanView plan(AccountId runner) {
		return PlanView.of(this.programs.plan(runner), this.programs.today().getDayOfWeek());
	}

	record CoreDaysForm(List<String> days) {
	}

	record CoreDaysView(List<String> coreDays) {
	}

	@PutMapping("/plan/core-days")
	CoreDaysView coreDays(AccountId runner, @RequestBody CoreDaysForm body) {
		if (body == null || body.days() == null) {
			throw new FieldProblem("days", "list three core days, for example MONDAY, WEDNESDAY and FRIDAY.");
		}
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (String day : body.days()) {
			try {
				days.add(DayOfWeek.valueOf(String.valueOf(day).strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new FieldProblem("days", "'" + day + "' is not a day of the week; use MONDAY to SUNDAY.");
			}
		}
		if (days.size() != body.days().size()) {
			throw new FieldProblem("days", "name each core day once.");
		}
		CoreDays chosen;
		try {
			chosen = new CoreDays(days);
		}
		catch (IllegalArgumentException ex) {
			throw new FieldProblem("days", ex.getMessage());
		}
		return new CoreDaysView(
				this.programs.chooseCoreDays(runner, chosen).inWeekOrder().stream().map(DayOfWeek::name).toList());
	}

	record ChangeView(LocalDate date, String exercise, int fromStep, int toStep, String ruleId, String reason) {

		static ChangeView of(DoseChange c) {
			return new ChangeView(c.date(), c.exercise().id(), c.fromStep(), c.toStep(), c.ruleId(), c.reason());
		}

	}

	@GetMapping("/plan/history")
	List<ChangeView> history(AccountId runner) {
		return this.programs.history(runner).stream().map(ChangeView::of).toList();
	}

	@PostMapping("/sessions")
	ResponseEntity<SessionLogged> log(AccountId runner, @RequestBody SessionForm body) {
		if (body == null) {
			throw new IllegalArgumentException("Send the session as a JSON object.");
		}
		SessionLogged logged = this.programs.log(runner, body.toSession(this.programs.today()));
		return ResponseEntity.created(URI.create("/api/v1/sessions")).body(logged);
	}

	record SetView(String side, int reps, int holdSeconds) {

		static SetView of(PerformedSet s) {
			return new SetView(s.side().map(Side::name).orElse(null), s.reps(), s.holdSeconds());
		}

	}

	record DoneView(String id, List<SetView> sets) {

		static DoneView of(PerformedExercise e) {
			return new DoneView(e.exercise().id(), e.sets().stream().map(SetView::of).toList());
		}

	}

	record SessionView(long id, LocalDate date, String kind, int painDuring, String note, Instant recordedAt,
			List<DoneView> exercises) {

		static SessionView of(LoggedSession s) {
			return new SessionView(s.id(), s.session().date(), s.session().kind().name(), s.session().painDuring(),
					s.session().note().orElse(null), s.recordedAt(),
					s.session().exercises().stream().map(DoneView::of).toList());
		}

	}

	/** Newest first, a page at a time: the next page is named by the {@code Link} header (rel="next"). */
	@GetMapping("/sessions")
	ResponseEntity<List<SessionView>> sessions(AccountId runner, @RequestParam(required = false) String limit,
			@RequestParam(required = false) String cursor) {
		PageRequest request = PageRequest.parse(limit, cursor, 3);
		Page<SessionView> page = this.programs.sessions(runner, request).map(SessionView::of);
		return paged(page, "/api/v1/sessions", request);
	}

	record TestView(long id, String test, Instant takenAt, Integer left, Integer right, Integer plankSeconds,
			Integer sidePlankLeft, Integer sidePlankRight, Boolean leftThighLifts, Boolean rightThighLifts,
			List<PlanView.ContributorView> contributors) {

		static TestView of(TakenTest t) {
			List<PlanView.ContributorView> found = t.test().findings().stream().map(PlanView.ContributorView::of).toList();
			return switch (t.test()) {
				case SelfTest.Hamstrings h -> new TestView(t.id(), h.id(), t.takenAt(), h.leftDegrees(), h.rightDegrees(),
						null, null, null, null, null, found);
				case SelfTest.Core c -> new TestView(t.id(), c.id(), t.takenAt(), null, null, c.plankSeconds(),
						c.sidePlankLeftSeconds(), c.sidePlankRightSeconds(), null, null, found);
				case SelfTest.HipFlexors f -> new TestView(t.id(), f.id(), t.takenAt(), null, null, null, null, null,
						f.leftThighLifts(), f.rightThighLifts(), found);
			};
		}

	}

	@PostMapping("/self-tests")
	ResponseEntity<TestView> takeTest(AccountId runner, @RequestBody SelfTestForm body) {
		if (body == null) {
			throw new IllegalArgumentException("Send the self-test result as a JSON object.");
		}
		TakenTest taken = this.programs.takeTest(runner, body.toTest());
		return ResponseEntity.created(URI.create("/api/v1/self-tests")).body(TestView.of(taken));
	}

	/** Newest first, a page at a time, like the other lists. */
	@GetMapping("/self-tests")
	ResponseEntity<List<TestView>> tests(AccountId runner, @RequestParam(required = false) String limit,
			@RequestParam(required = false) String cursor) {
		PageRequest request = PageRequest.parse(limit, cursor, 2);
		return paged(this.programs.tests(runner, request).map(TestView::of), "/api/v1/self-tests", request);
	}

	private static <T> ResponseEntity<List<T>> paged(Page<T> page, String path, PageRequest request) {
		return ResponseEntity.ok()
			.headers((h) -> page.nextLink(path, request).ifPresent((link) -> h.add(HttpHeaders.LINK, link)))
			.body(page.items());
	}

}
