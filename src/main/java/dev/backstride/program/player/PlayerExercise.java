package dev.backstride.program.player;

import java.util.List;

/**
 * One exercise as the player runs it: today's dose and the words that go with it. Reps count per leg
 * where {@code perSide}; a hold of zero means none.
 */
public record PlayerExercise(String id, String name, int reps, int sets, int holdSeconds, boolean perSide, List<String> steps) {

	public PlayerExercise {
		if (reps < 1 || sets < 1 || holdSeconds < 0) {
			throw new IllegalArgumentException("a dose needs at least one repetition and one set: " + id);
		}
		steps = List.copyOf(steps);
	}

	static PlayerExercise of(String id, int reps, int sets, int holdSeconds, boolean perSide) {
		Moves.Move move = Moves.of(id).orElseThrow(() -> new IllegalArgumentException("no words for exercise " + id));
		return new PlayerExercise(id, move.name(), reps, sets, holdSeconds, perSide, move.steps());
	}

	/** The dose in words: "8 per leg", "2 sets of 15, 3 s hold". */
	public String dose() {
		String count = this.reps + (this.perSide ? " per leg" : "");
		String dose = this.sets > 1 ? this.sets + " sets of " + count : count;
		return this.holdSeconds > 0 ? dose + ", " + this.holdSeconds + " s hold" : dose;
	}

}
