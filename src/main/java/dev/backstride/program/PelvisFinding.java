package dev.backstride.program;

/**
 * What the latest pelvis measurement says for the plan: none yet, or the larger of the two mean
 * contralateral drops against the runner's threshold (PROTOCOL §7 K-OBLIQ).
 */
public sealed interface PelvisFinding {

	record NotMeasured() implements PelvisFinding {
	}

	record Measured(double largestDropDegrees, double thresholdDegrees) implements PelvisFinding {

		boolean beyond() {
			return this.largestDropDegrees > this.thresholdDegrees;
		}

	}

}
