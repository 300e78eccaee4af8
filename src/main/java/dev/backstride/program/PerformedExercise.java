package dev.backstride.program;

import java.util.List;
import java.util.Optional;

/** One exercise of a session and the sets done of it. */
public record PerformedExercise(Exercise exercise, List<PerformedSet> sets) {

	public static final int MAX_SETS = 20;

	public PerformedExercise {
		if (sets.isEmpty() || sets.size() > MAX_SETS) {
			throw new IllegalArgumentException("1-" + MAX_SETS + " sets: " + sets.size());
		}
		sets = List.copyOf(sets);
		for (PerformedSet set : sets) {
			if (exercise.perSide() != set.side().isPresent()) {
				throw new IllegalArgumentException(exercise.perSide() ? "each set needs its side" : "no side for this exercise");
			}
		}
	}

	/** Whether every prescribed set (on each side, where it applies) reached the dose's repetitions and hold. */
	public boolean reaches(Dose dose) {
		if (!this.exercise.perSide()) {
			return count(Optional.empty(), dose) >= dose.sets();
		}
		return count(Optional.of(Side.LEFT), dose) >= dose.sets() && count(Optional.of(Side.RIGHT), dose) >= dose.sets();
	}

	private long count(Optional<Side> side, Dose dose) {
		return this.sets.stream().filter((s) -> s.side().equals(side) && s.reaches(dose)).count();
	}

}
