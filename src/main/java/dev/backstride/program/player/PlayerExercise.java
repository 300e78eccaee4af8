package dev.backstride.program.player;

import java.util.List;

import dev.backstride.program.Exercise;
import dev.backstride.program.Prescription;

/**
 * One exercise as the player runs it: today's dose and the words that go with it. Reps count per leg
 * where {@code perSide}; a hold of zero means none; {@code restSeconds} is the rest between two sets.
 */
public record PlayerExercise(String id, String name, int reps, int sets, int holdSeconds, boolean perSide,
		int restSeconds, String dose, List<String> steps) {

	public PlayerExercise {
		steps = List.copyOf(steps);
	}

	static PlayerExercise of(Prescription prescription) {
		Exercise exercise = prescription.exercise();
		return new PlayerExercise(exercise.id(), exercise.title(), prescription.dose().reps(), prescription.dose().sets(),
				prescription.dose().holdSeconds(), exercise.perSide(), Exercise.REST_SECONDS,
				prescription.dose().describe(exercise.perSide()), exercise.instructions());
	}

}
