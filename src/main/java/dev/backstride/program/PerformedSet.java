package dev.backstride.program;

import java.util.Objects;
import java.util.Optional;

/** One set as done: which leg (for exercises done on each side), repetitions, and seconds held at the end of each. */
public record PerformedSet(Optional<Side> side, int reps, int holdSeconds) {

	public static final int MAX_REPS = 200;

	public static final int MAX_HOLD_SECONDS = 120;

	public PerformedSet {
		Objects.requireNonNull(side, "side");
		if (reps < 0 || reps > MAX_REPS) {
			throw new IllegalArgumentException("repetitions 0-" + MAX_REPS + ": " + reps);
		}
		if (holdSeconds < 0 || holdSeconds > MAX_HOLD_SECONDS) {
			throw new IllegalArgumentException("hold 0-" + MAX_HOLD_SECONDS + " s: " + holdSeconds);
		}
	}

	/** Whether this set reached the dose's repetitions and hold. */
	boolean reaches(Dose dose) {
		return this.reps >= dose.reps() && this.holdSeconds >= dose.holdSeconds();
	}

}
