package dev.backstride.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.backstride.checkin.NextMorning;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ladders and the fold (PROTOCOL §5) over hand-written multi-week histories, one table per rule.
 * Each row is one session and the check-in of the next day; the expected steps (from 1) are those after
 * the row, and the rule is that of any dose change the row made ("-" for none).
 *
 * <pre>
 * date | routine | pain during | sets done in full or short | next morning (and run pain) | swing | reach | crunch | rule
 * </pre>
 * Several rules of one row are joined by "+". The next morning is BETTER, SAME, SLIGHTLY_WORSE, WORSE, "none" (a check-in without the answer) or
 * "-" (no check-in that day); "SAME run=7" adds the pain during the last run.
 */
class ProgressionTests {

	@Test
	void pStartEveryExerciseStartsAtTheLowEndOfItsRange() {
		Progression.Progress progress = History.aHistory().replay();
		assertThat(progress.changes()).isEmpty();
		for (Exercise exercise : Exercise.values()) {
			assertThat(progress.position(exercise)).isEqualTo(new Progression.Position(1, "P-START"));
		}
		assertThat(Exercise.SWING.dose(1)).isEqualTo(new Dose(12, 1, 0));
		assertThat(Exercise.REACH.dose(1)).isEqualTo(new Dose(8, 1, 0));
		assertThat(Exercise.CRUNCH.dose(1)).isEqualTo(new Dose(12, 1, 0));
	}

	@Test
	void theLaddersAreThoseOfTheProtocol() {
		assertThat(Exercise.SWING.ladder().stream().map((d) -> d.describe(true)).toList()).containsExactly("12 per leg",
				"14 per leg", "16 per leg", "18 per leg", "20 per leg", "2 sets of 20 per leg");
		assertThat(Exercise.REACH.ladder().stream().map((d) -> d.describe(true)).toList()).containsExactly("8 per leg",
				"9 per leg", "10 per leg", "11 per leg", "12 per leg", "2 sets of 12 per leg",
				"2 sets of 12 per leg with a 3-second hold");
		assertThat(Exercise.CRUNCH.ladder().stream().map((d) -> d.describe(false)).toList()).containsExactly("12", "13",
				"14", "15", "2 sets of 15", "2 sets of 15 with a 3-second hold");
	}

	@Test
	void pUpTwoQualifyingSessionsInARowWithPainAtMostThree() {
		table("""
				2026-11-02 | CORE | 3 | full | SAME           | 1 | 1 | 1 | -
				2026-11-04 | CORE | 3 | full | BETTER         | 1 | 2 | 2 | P-UP
				2026-11-06 | CORE | 4 | full | SAME           | 1 | 2 | 2 | -
				2026-11-09 | CORE | 0 | full | SAME           | 1 | 2 | 2 | -
				2026-11-11 | CORE | 2 | full | BETTER         | 1 | 3 | 3 | P-UP
				2026-11-13 | CORE | 3 | full | SAME           | 1 | 3 | 3 | -
				2026-11-16 | CORE | 4 | full | BETTER         | 1 | 3 | 3 | -
				2026-11-18 | CORE | 1 | full | SAME           | 1 | 3 | 3 | -
				2026-11-20 | CORE | 1 | full | SAME           | 1 | 4 | 4 | P-UP
				""");
	}

	@Test
	void pHoldMissingCheckInsOrAnAnswerlessOneAndShortSessionsKeepTheDoseAndRestartTheCount() {
		table("""
				2026-11-02 | CORE | 1 | full  | SAME   | 1 | 1 | 1 | -
				2026-11-04 | CORE | 1 | full  | -      | 1 | 1 | 1 | -
				2026-11-06 | CORE | 1 | full  | SAME   | 1 | 1 | 1 | -
				2026-11-09 | CORE | 1 | full  | none   | 1 | 1 | 1 | -
				2026-11-11 | CORE | 1 | full  | SAME   | 1 | 1 | 1 | -
				2026-11-13 | CORE | 1 | short | SAME   | 1 | 1 | 1 | -
				2026-11-16 | CORE | 1 | full  | SAME   | 1 | 1 | 1 | -
				2026-11-18 | CORE | 5 | full  | BETTER | 1 | 1 | 1 | -
				2026-11-20 | CORE | 1 | full  | SAME   | 1 | 1 | 1 | -
				2026-11-23 | CORE | 1 | full  | BETTER | 1 | 2 | 2 | P-UP
				""");
	}

	@Test
	void pDownPainAboveFiveOrAWorseMorningStepsBackAtOnceButNeverBelowTheFirstStep() {
		table("""
				2026-11-02 | CORE | 2 | full  | SAME           | 1 | 1 | 1 | -
				2026-11-04 | CORE | 2 | full  | SAME           | 1 | 2 | 2 | P-UP
				2026-11-06 | CORE | 2 | full  | SAME           | 1 | 2 | 2 | -
				2026-11-09 | CORE | 2 | full  | SAME           | 1 | 3 | 3 | P-UP
				2026-11-11 | CORE | 5 | full  | SAME           | 1 | 3 | 3 | -
				2026-11-13 | CORE | 6 | full  | BETTER         | 1 | 2 | 2 | P-DOWN
				2026-11-16 | CORE | 0 | full  | SLIGHTLY_WORSE | 1 | 1 | 1 | P-DOWN
				2026-11-18 | CORE | 0 | short | WORSE          | 1 | 1 | 1 | -
				2026-11-20 | CORE | 9 | full  | BETTER         | 1 | 1 | 1 | -
				2026-11-23 | CORE | 2 | full  | SAME           | 1 | 1 | 1 | -
				2026-11-25 | CORE | 2 | full  | SAME           | 1 | 2 | 2 | P-UP
				2026-11-27 | CORE | 2 | full  | WORSE          | 1 | 1 | 1 | P-DOWN
				""");
	}

	@Test
	void pTopPastTheTopOfTheRangeASecondSetThenAHoldThenNoFurther() {
		table("""
				2026-10-05 | CORE | 0 | full | SAME   | 1 | 1 | 1 | -
				2026-10-07 | CORE | 0 | full | SAME   | 1 | 2 | 2 | P-UP
				2026-10-09 | CORE | 0 | full | SAME   | 1 | 2 | 2 | -
				2026-10-12 | CORE | 0 | full | SAME   | 1 | 3 | 3 | P-UP
				2026-10-14 | CORE | 0 | full | SAME   | 1 | 3 | 3 | -
				2026-10-16 | CORE | 0 | full | SAME   | 1 | 4 | 4 | P-UP
				2026-10-19 | CORE | 0 | full | SAME   | 1 | 4 | 4 | -
				2026-10-21 | CORE | 0 | full | SAME   | 1 | 5 | 5 | P-UP+P-TOP
				2026-10-23 | CORE | 0 | full | SAME   | 1 | 5 | 5 | -
				2026-10-26 | CORE | 0 | full | SAME   | 1 | 6 | 6 | P-TOP
				2026-10-28 | CORE | 0 | full | SAME   | 1 | 6 | 6 | -
				2026-10-30 | CORE | 0 | full | SAME   | 1 | 7 | 6 | P-TOP
				2026-11-02 | CORE | 0 | full | SAME   | 1 | 7 | 6 | -
				2026-11-04 | CORE | 0 | full | BETTER | 1 | 7 | 6 | -
				2026-11-06 | CORE | 6 | full | SAME   | 1 | 6 | 5 | P-DOWN
				""");
		assertThat(History.aHistory().replay().position(Exercise.REACH).step()).isEqualTo(1);
	}

	@Test
	void pTopForLegSwingsIsASecondSetOf20AfterTheFifthStep() {
		String rows = """
				2026-10-01 | PRE_RUN | 1 | full | SAME | 1 | 1 | 1 | -
				2026-10-02 | PRE_RUN | 1 | full | SAME | 2 | 1 | 1 | P-UP
				2026-10-03 | PRE_RUN | 1 | full | SAME | 2 | 1 | 1 | -
				2026-10-04 | PRE_RUN | 1 | full | SAME | 3 | 1 | 1 | P-UP
				2026-10-05 | PRE_RUN | 1 | full | SAME | 3 | 1 | 1 | -
				2026-10-06 | PRE_RUN | 1 | full | SAME | 4 | 1 | 1 | P-UP
				2026-10-07 | PRE_RUN | 1 | full | SAME | 4 | 1 | 1 | -
				2026-10-08 | PRE_RUN | 1 | full | SAME | 5 | 1 | 1 | P-UP
				2026-10-09 | PRE_RUN | 1 | full | SAME | 5 | 1 | 1 | -
				2026-10-10 | PRE_RUN | 1 | full | SAME | 6 | 1 | 1 | P-TOP
				2026-10-11 | PRE_RUN | 1 | full | SAME | 6 | 1 | 1 | -
				2026-10-12 | PRE_RUN | 1 | full | SAME | 6 | 1 | 1 | -
				""";
		table(rows);
		assertThat(build(rows, rows.lines().count()).replay().changes().get(4).reason()).isEqualTo(
				"Leg swings: 20 per leg → 2 sets of 20 per leg on 10 Oct: two sessions in a row with pain at most 3/10"
						+ " and a good next morning, at the top of the range, so a second set");
	}

	@Test
	void aPreRunRoutineIsJudgedByThePainDuringTheRunItCameBefore() {
		table("""
				2026-11-02 | PRE_RUN | 1 | full | SAME run=3  | 1 | 1 | 1 | -
				2026-11-03 | PRE_RUN | 1 | full | SAME run=4  | 1 | 1 | 1 | -
				2026-11-04 | PRE_RUN | 3 | full | BETTER      | 1 | 1 | 1 | -
				2026-11-05 | PRE_RUN | 0 | full | SAME run=2  | 2 | 1 | 1 | P-UP
				2026-11-06 | PRE_RUN | 1 | full | SAME run=6  | 1 | 1 | 1 | P-DOWN
				2026-11-07 | PRE_RUN | 6 | full | SAME run=1  | 1 | 1 | 1 | -
				""");
	}

	@Test
	void eachExerciseKeepsItsOwnCountAcrossRoutines() {
		table("""
				2026-11-02 | CORE    | 2 | full | SAME | 1 | 1 | 1 | -
				2026-11-03 | PRE_RUN | 2 | full | SAME | 1 | 1 | 1 | -
				2026-11-04 | CORE    | 2 | full | SAME | 1 | 2 | 2 | P-UP
				2026-11-05 | PRE_RUN | 2 | full | SAME | 2 | 2 | 2 | P-UP
				""");
	}

	@Test
	void theReasonSaysWhatChangedAndWhyInWordsWithoutTheRuleId() {
		History history = History.aHistory()
			.session(LocalDate.parse("2026-12-01"), SessionKind.CORE, 2, true)
			.morning(LocalDate.parse("2026-12-02"), NextMorning.SAME)
			.session(LocalDate.parse("2026-12-03"), SessionKind.CORE, 3, true)
			.morning(LocalDate.parse("2026-12-04"), NextMorning.BETTER);
		List<DoseChange> changes = history.replay().changes();
		assertThat(changes).extracting(DoseChange::reason).containsExactly(
				"Reach and tuck: 8 → 9 per leg on 3 Dec: two sessions in a row with pain at most 3/10 and a good next morning",
				"Straight-leg mini crunch: 12 → 13 on 3 Dec: two sessions in a row with pain at most 3/10 and a good next"
						+ " morning");
		History worse = History.aHistory();
		for (int day = 1; day <= 3; day += 2) {
			worse.session(LocalDate.of(2026, 11, day), SessionKind.CORE, 1, true).morning(LocalDate.of(2026, 11, day + 1),
					NextMorning.SAME);
		}
		worse.session(LocalDate.of(2026, 11, 5), SessionKind.CORE, 7, true);
		assertThat(worse.replay().changes().get(2).reason())
			.isEqualTo("Reach and tuck: 9 → 8 per leg on 5 Nov: pain during the session was 7/10, above 5");
	}

	@Test
	void aSessionCountsAsCompletedOnlyAtTheDoseOfItsDay() {
		History history = History.aHistory();
		ExerciseSession eight = new ExerciseSession(LocalDate.parse("2026-11-02"), SessionKind.CORE, 1, Optional.empty(),
				List.of(reach(8), new PerformedExercise(Exercise.CRUNCH, List.of(new PerformedSet(Optional.empty(), 12, 0)))));
		Progression.Progress progress = Progression.replay(
				List.of(new LoggedSession(1, java.time.Instant.EPOCH, eight),
						new LoggedSession(2, java.time.Instant.EPOCH, new ExerciseSession(LocalDate.parse("2026-11-02"),
								SessionKind.CORE, 1, Optional.empty(), List.of(reach(8)))),
						new LoggedSession(3, java.time.Instant.EPOCH, new ExerciseSession(LocalDate.parse("2026-11-04"),
								SessionKind.CORE, 1, Optional.empty(), List.of(reach(8))))),
				java.util.Map.of(LocalDate.parse("2026-11-03"),
						new MorningAnswer(LocalDate.parse("2026-11-03"), Optional.of(NextMorning.SAME), Optional.empty())));
		assertThat(progress.completed()).containsEntry(1L, true).containsEntry(2L, false).containsEntry(3L, false);
		assertThat(history.replay().completed()).isEmpty();
	}

	private static PerformedExercise reach(int reps) {
		return new PerformedExercise(Exercise.REACH, List.of(new PerformedSet(Optional.of(Side.LEFT), reps, 0),
				new PerformedSet(Optional.of(Side.RIGHT), reps, 0)));
	}

	/** Checks every row of a table: the steps after it and the rule of the changes it made. */
	static void table(String rows) {
		List<String> lines = rows.lines().filter((l) -> !l.isBlank()).toList();
		int before = 0;
		for (int i = 0; i < lines.size(); i++) {
			String[] cells = cells(lines.get(i));
			Progression.Progress progress = build(rows, i + 1).replay();
			String row = "row " + (i + 1) + ": " + lines.get(i).strip();
			assertThat(List.of(progress.position(Exercise.SWING).step(), progress.position(Exercise.REACH).step(),
					progress.position(Exercise.CRUNCH).step()))
				.as(row)
				.containsExactly(Integer.parseInt(cells[5]), Integer.parseInt(cells[6]), Integer.parseInt(cells[7]));
			List<DoseChange> made = progress.changes().subList(before, progress.changes().size());
			Set<String> rules = made.stream().map(DoseChange::ruleId).collect(Collectors.toSet());
			assertThat(rules).as(row).isEqualTo(cells[8].equals("-") ? Set.of() : Set.of(cells[8].split("\\+")));
			made.forEach((change) -> assertThat(change.reason()).as(row).doesNotContain("P-", "EX-"));
			before = progress.changes().size();
		}
	}

	static History build(String rows, long count) {
		History history = History.aHistory();
		rows.lines().filter((l) -> !l.isBlank()).limit(count).forEach((line) -> {
			String[] cells = cells(line);
			LocalDate date = LocalDate.parse(cells[0]);
			history.session(date, SessionKind.valueOf(cells[1]), Integer.parseInt(cells[2]), cells[3].equals("full"));
			String[] morning = cells[4].split("\\s+");
			if (!morning[0].equals("-")) {
				Optional<NextMorning> answer = morning[0].equals("none") ? Optional.empty()
						: Optional.of(NextMorning.valueOf(morning[0]));
				Optional<Integer> run = morning.length > 1 ? Optional.of(Integer.parseInt(morning[1].substring(4)))
						: Optional.empty();
				history.checkIn(date.plusDays(1), answer, run);
			}
		});
		return history;
	}

	private static String[] cells(String line) {
		String[] cells = line.split("\\|");
		List<String> stripped = new ArrayList<>();
		for (String cell : cells) {
			stripped.add(cell.strip());
		}
		return stripped.toArray(String[]::new);
	}

}
