package dev.backstride.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.backstride.checkin.NextMorning;

/**
 * Test data builder for a runner's history: sessions (done in full or short of the dose) and the
 * next-morning answers of the check-ins after them.
 */
final class History {

	private final List<LoggedSession> sessions = new ArrayList<>();

	private final Map<LocalDate, MorningAnswer> answers = new HashMap<>();

	private long nextId = 1;

	static History aHistory() {
		return new History();
	}

	/** A session that reaches any dose on the ladders (both sides, two sets, a long hold), or falls short of all. */
	History session(LocalDate date, SessionKind kind, int pain, boolean full) {
		return session(date, kind, pain, full, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(this.nextId));
	}

	History session(LocalDate date, SessionKind kind, int pain, boolean full, Instant recordedAt) {
		List<PerformedExercise> done = Exercise.of(kind).stream().map((e) -> performed(e, full)).toList();
		this.sessions.add(new LoggedSession(this.nextId++, recordedAt,
				new ExerciseSession(date, kind, pain, Optional.empty(), done)));
		return this;
	}

	static PerformedExercise performed(Exercise exercise, boolean full) {
		int reps = full ? 20 : 1;
		List<PerformedSet> sets = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			if (exercise.perSide()) {
				sets.add(new PerformedSet(Optional.of(Side.LEFT), reps, full ? 3 : 0));
				sets.add(new PerformedSet(Optional.of(Side.RIGHT), reps, full ? 3 : 0));
			}
			else {
				sets.add(new PerformedSet(Optional.empty(), reps, full ? 3 : 0));
			}
		}
		return new PerformedExercise(exercise, sets);
	}

	/** The check-in of {@code date}: how the morning felt after the day before, and the last run's pain. */
	History checkIn(LocalDate date, Optional<NextMorning> morning, Optional<Integer> runPain) {
		this.answers.put(date, new MorningAnswer(date, morning, runPain));
		return this;
	}

	History morning(LocalDate date, NextMorning morning) {
		return checkIn(date, Optional.of(morning), Optional.empty());
	}

	List<LoggedSession> sessions() {
		return List.copyOf(this.sessions);
	}

	Map<LocalDate, MorningAnswer> answers() {
		return Map.copyOf(this.answers);
	}

	Progression.Progress replay() {
		return Progression.replay(this.sessions, this.answers);
	}

}
