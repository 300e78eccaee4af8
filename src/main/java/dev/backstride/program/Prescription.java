package dev.backstride.program;

import java.util.List;

/**
 * One exercise of the plan at its current dose: the step (from 1), the dose, the rule behind it, and
 * the contributors found that it works against.
 */
public record Prescription(Exercise exercise, int step, Dose dose, String ruleId, List<Contributor> against) {

	public Prescription {
		against = List.copyOf(against);
	}

}
