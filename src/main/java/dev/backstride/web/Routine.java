package dev.backstride.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import dev.backstride.account.AccountId;
import dev.backstride.limits.PageRequest;
import dev.backstride.program.CoreDays;
import dev.backstride.program.Plan;
import dev.backstride.program.Prescription;
import dev.backstride.program.Programs;
import dev.backstride.program.SessionKind;
import dev.backstride.runs.Run;
import dev.backstride.runs.Runs;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the home page shows of the exercise plan and the running: whether today is a core day and
 * the doses of its exercises, the leg swings before a run, whether the self-tests are still to take,
 * and the latest run of the last eight weeks.
 *
 * @param paused the plan is on hold (P-PAUSE): no exercises shown
 * @param core the core exercises with their doses in words, e.g. "Reach and tuck: 10 per leg"
 * @param swings the leg swings' dose in words
 * @param nextCoreDay the next core day after today, as a weekday name
 */
record Routine(boolean paused, boolean coreDay, List<String> core, String swings, String nextCoreDay,
		boolean selfTestsToTake, @Nullable Run latestRun) {

	@Component
	static class Reader {

		private static final int RUN_WEEKS = 8;

		private final Programs programs;

		private final Runs runs;

		Reader(Programs programs, Runs runs) {
			this.programs = programs;
			this.runs = runs;
		}

		Routine read(AccountId runner) {
			LocalDate today = this.programs.today();
			List<Run> recent = this.runs.runsBetween(runner, today.minusWeeks(RUN_WEEKS), today);
			Run latest = recent.isEmpty() ? null : recent.get(recent.size() - 1);
			boolean testsToTake = this.programs.tests(runner, PageRequest.first(1)).items().isEmpty();
			Plan plan = this.programs.plan(runner);
			String next = nextCoreDay(plan.coreDays(), today);
			return switch (plan) {
				case Plan.Paused paused -> new Routine(true, false, List.of(), "", next, testsToTake, latest);
				case Plan.Active active -> new Routine(false, plan.coreDays().contains(today.getDayOfWeek()),
						doses(active, SessionKind.CORE), swings(active), next,
						testsToTake, latest);
			};
		}

		private static List<String> doses(Plan.Active plan, SessionKind kind) {
			return plan.exercises()
				.stream()
				.filter((p) -> p.exercise().kind() == kind)
				.map(Reader::words)
				.toList();
		}

		/** "leg swings, 12 per leg": the tail of a sentence that starts "Before every run:". */
		private static String swings(Plan.Active plan) {
			return plan.exercises()
				.stream()
				.filter((p) -> p.exercise().kind() == SessionKind.PRE_RUN)
				.map((p) -> p.exercise().title().toLowerCase(Locale.ROOT) + ", " + p.dose().describe(p.exercise().perSide()))
				.findFirst()
				.orElse("");
		}

		private static String words(Prescription p) {
			return p.exercise().title() + ": " + p.dose().describe(p.exercise().perSide());
		}

		static String nextCoreDay(CoreDays days, LocalDate today) {
			for (int ahead = 1; ahead <= 7; ahead++) {
				DayOfWeek day = today.plusDays(ahead).getDayOfWeek();
				if (days.contains(day)) {
					return ahead == 1 ? "tomorrow" : day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
				}
			}
			return "";
		}

	}

}
