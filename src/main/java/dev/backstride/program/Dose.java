package dev.backstride.program;

/**
 * One step of a dose ladder: repetitions per set (per leg where the exercise is done on each side),
 * how many sets, and how long the end position is held in each repetition.
 */
public record Dose(int reps, int sets, int holdSeconds) {

	public Dose {
		if (reps < 1 || sets < 1 || holdSeconds < 0) {
			throw new IllegalArgumentException("a dose needs reps and sets of at least 1: " + reps + "x" + sets);
		}
	}

	static Dose of(int reps) {
		return new Dose(reps, 1, 0);
	}

	/** In words: "10 per leg", "2 sets of 15", "2 sets of 12 per leg with a 3-second hold". */
	public String describe(boolean perSide) {
		String each = this.reps + (perSide ? " per leg" : "");
		String sets = this.sets == 1 ? each : this.sets + " sets of " + each;
		return this.holdSeconds == 0 ? sets : sets + " with a " + this.holdSeconds + "-second hold";
	}

	/** From this dose to the next in words: "9 → 10 per leg", or both in full when more than the count changes. */
	String to(Dose next, boolean perSide) {
		if (this.sets == 1 && next.sets == 1 && this.holdSeconds == 0 && next.holdSeconds == 0) {
			return this.reps + " → " + next.describe(perSide);
		}
		return describe(perSide) + " → " + next.describe(perSide);
	}

}
