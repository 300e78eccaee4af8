package dev.backstride.program.player;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The player's words for each exercise (PROTOCOL §5, told in our own words): its name and the steps
 * shown under "How to do it". The drawings are in {@code templates/program/illustrations.html}.
 */
final class Moves {

	record Move(String name, List<String> steps) {
	}

	private static final Map<String, Move> MOVES = Map.of("EX-SWING", new Move("Leg swings", List.of(
			"Stand side-on to a wall, a post or a tree, an arm's length away, with the near hand resting on it.",
			"Keep your hips level and your upper body tall.",
			"Swing the outside leg forward and back, like a pendulum, as far as it goes comfortably.",
			"You should feel a stretch at the back of the thigh as the leg swings forward.",
			"When the count is done, turn around and swing the other leg.")),
			"EX-REACH", new Move("Reach and tuck", List.of(
					"Kneel on all fours, hands under your shoulders and knees under your hips, your back flat like a table top.",
					"Tighten your belly muscles gently to keep your lower back still.",
					"Slowly slide one leg back until it is straight, then lift it a little, squeezing your buttock.",
					"Bend the knee and bring it in toward your chest, rounding your back a little.",
					"That is one. Keep the movement slow and smooth, and keep your hips level.")),
			"EX-CRUNCH", new Move("Straight-leg mini crunch", List.of(
					"Lie on your back on a mat with your legs straight out.",
					"Push both heels down into the mat and keep pushing the whole time.",
					"Cross your arms over your chest and tuck your chin in.",
					"Tighten your belly and lift your head and shoulders just a little off the floor.",
					"Lower slowly. That is one. Small is right: the heels stay down.")));

	private Moves() {
	}

	static Optional<Move> of(String exerciseId) {
		return Optional.ofNullable(MOVES.get(exerciseId));
	}

}
