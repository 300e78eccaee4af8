package dev.backstride.program;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One session as the runner logs it: its day, whether it was the core routine or the routine before a
 * run, the back pain during it (for a pre-run routine: during the run it came before), an optional
 * note and the exercises done. Each exercise belongs to its kind of session and appears once.
 */
public record ExerciseSession(LocalDate date, SessionKind kind, int painDuring, Optional<String> note,
		List<PerformedExercise> exercises) {

	public static final int MAX_NOTE = 1000;

	public ExerciseSession {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(note, "note");
		if (painDuring < 0 || painDuring > 10) {
			throw new IllegalArgumentException("pain 0-10: " + painDuring);
		}
		if (note.map(String::length).orElse(0) > MAX_NOTE) {
			throw new IllegalArgumentException("note up to " + MAX_NOTE + " characters");
		}
		if (exercises.isEmpty()) {
			throw new IllegalArgumentException("a session holds at least one exercise");
		}
		exercises = List.copyOf(exercises);
		Set<Exercise> seen = EnumSet.noneOf(Exercise.class);
		for (PerformedExercise done : exercises) {
			if (done.exercise().kind() != kind || !seen.add(done.exercise())) {
				throw new IllegalArgumentException("each exercise once, in its own kind of session");
			}
		}
	}

	public Optional<PerformedExercise> find(Exercise exercise) {
		return this.exercises.stream().filter((e) -> e.exercise() == exercise).findFirst();
	}

}
