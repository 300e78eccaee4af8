package dev.backstride.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import dev.backstride.checkin.NextMorning;
import dev.backstride.screening.CareStatus;
import dev.backstride.screening.TriageLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fold over seeded random histories of eight weeks: doses stay on their ladders, never step up right
 * after a worse morning or pain above 5, every pause holds no exercises, and a session logged late gives
 * the same plan as the same session logged on its day.
 */
class GeneratedHistoriesTests {

	private static final LocalDate START = LocalDate.parse("2026-09-07");

	static Stream<Long> seeds() {
		return LongStream.range(1, 201).boxed();
	}

	record Generated(List<LoggedSession> sessions, Map<LocalDate, MorningAnswer> answers) {
	}

	static Generated generate(long seed) {
		RandomGenerator random = new Random(seed);
		History history = History.aHistory();
		for (int day = 0; day < 56; day++) {
			LocalDate date = START.plusDays(day);
			for (SessionKind kind : SessionKind.values()) {
				if (random.nextInt(3) > 0) {
					int pain = random.nextInt(4) == 0 ? random.nextInt(11) : random.nextInt(4);
					history.session(date, kind, pain, random.nextInt(6) > 0);
				}
			}
			int answer = random.nextInt(10);
			if (answer > 0) {
				Optional<NextMorning> morning = answer == 1 ? Optional.empty()
						: Optional.of(answer < 7 ? (answer < 5 ? NextMorning.SAME : NextMorning.BETTER)
								: NextMorning.values()[random.nextInt(4)]);
				Optional<Integer> run = random.nextBoolean() ? Optional.of(random.nextInt(8)) : Optional.empty();
				history.checkIn(date.plusDays(1), morning, run);
			}
		}
		return new Generated(history.sessions(), history.answers());
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void dosesStayOnTheirLaddersOneStepAtATime(long seed) {
		Generated history = generate(seed);
		Progression.Progress progress = Progression.replay(history.sessions(), history.answers());
		for (Exercise exercise : Exercise.values()) {
			assertThat(progress.position(exercise).step()).isBetween(1, exercise.lastStep());
		}
		for (DoseChange change : progress.changes()) {
			assertThat(Math.abs(change.toStep() - change.fromStep())).isEqualTo(1);
			assertThat(change.toStep()).isBetween(1, change.exercise().lastStep());
			assertThat(change.ruleId()).isEqualTo(change.toStep() < change.fromStep() ? "P-DOWN"
					: change.exercise().beyondRange(change.toStep()) ? "P-TOP" : "P-UP");
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void neverAStepUpRightAfterAWorseMorningOrPainAboveFive(long seed) {
		Generated history = generate(seed);
		for (DoseChange change : Progression.replay(history.sessions(), history.answers()).changes()) {
			if (change.toStep() < change.fromStep()) {
				continue;
			}
			ExerciseSession session = history.sessions()
				.stream()
				.map(LoggedSession::session)
				.filter((s) -> s.date().equals(change.date()) && s.kind() == change.exercise().kind())
				.findFirst()
				.orElseThrow();
			MorningAnswer next = history.answers().get(change.date().plusDays(1));
			assertThat(session.painDuring()).isLessThanOrEqualTo(3);
			assertThat(next.nextMorning()).hasValueSatisfying((m) -> assertThat(m).isIn(NextMorning.SAME, NextMorning.BETTER));
			if (session.kind() == SessionKind.PRE_RUN) {
				assertThat(next.runPain().orElse(0)).isLessThanOrEqualTo(3);
			}
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void aSessionLoggedLateGivesTheSamePlanAsOnTime(long seed) {
		Generated history = generate(seed);
		Progression.Progress onTime = Progression.replay(history.sessions(), history.answers());
		List<LoggedSession> late = new ArrayList<>();
		List<LoggedSession> shuffled = new ArrayList<>(history.sessions());
		Collections.shuffle(shuffled, new Random(seed));
		Instant later = Instant.parse("2026-12-01T00:00:00Z");
		for (int i = 0; i < shuffled.size(); i++) {
			LoggedSession s = shuffled.get(i);
			// each recorded at a shuffled time, as if filled in days late in any order
			late.add(new LoggedSession(s.id(), later.plusSeconds(i), s.session()));
		}
		Progression.Progress filledIn = Progression.replay(late, history.answers());
		assertThat(filledIn.positions()).isEqualTo(onTime.positions());
		assertThat(filledIn.changes()).isEqualTo(onTime.changes());
		assertThat(filledIn.completed()).isEqualTo(onTime.completed());
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void everyRedFlagAndEveryMissingSafetyStepPausesThePlan(long seed) {
		Generated history = generate(seed);
		Progression.Progress progress = Progression.replay(history.sessions(), history.answers());
		RandomGenerator random = new Random(seed);
		List<CareStatus> notActive = List.of(new CareStatus.NotScreened(), new CareStatus.NeedsClearance(),
				new CareStatus.Paused(TriageLevel.EMERGENCY, List.of("RF-CES", "RF-SEE"), "urgent"),
				new CareStatus.Paused(TriageLevel.SEE_CLINICIAN, List.of("RF-SEE", "RF-NERVE"), "see"));
		CareStatus status = notActive.get(random.nextInt(notActive.size()));
		Plan plan = Planning.plan(status, random.nextBoolean(), CoreDays.DEFAULT, List.of(),
				new PelvisFinding.NotMeasured(), progress);
		assertThat(plan).isInstanceOfSatisfying(Plan.Paused.class, (paused) -> {
			assertThat(paused.ruleIds()).contains("P-PAUSE").containsAll(status.ruleIds());
			assertThat(paused.reasons()).isNotEmpty().allSatisfy((r) -> assertThat(r).doesNotContain("RF-", "P-"));
		});
		assertThat(Planning.plan(new CareStatus.Active(), true, CoreDays.DEFAULT, List.of(),
				new PelvisFinding.NotMeasured(), progress)).as("new symptoms not screened again").isInstanceOf(Plan.Paused.class);
		assertThat(Planning.plan(new CareStatus.Active(), false, CoreDays.DEFAULT, List.of(),
				new PelvisFinding.NotMeasured(), progress)).isInstanceOf(Plan.Active.class);
	}

}
