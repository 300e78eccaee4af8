package dev.backstride.program;

import java.util.ArrayList;
import java.util.List;

/**
 * A self-test result (PROTOCOL §4) and the contributors it finds. Readings at a boundary do not find
 * anything: 70° is not "under 70°", 60 s is not "under 60 s", and sides 20% apart do not differ "by
 * over 20%" (the difference is taken against the stronger side).
 */
public sealed interface SelfTest {

	/** The protocol id of the test: {@code T-HAM}, {@code T-CORE} or {@code T-HIPFLEX}. */
	String id();

	List<Contributor> findings();

	/** {@code T-HAM}: the angle of each leg in an active straight-leg raise, in degrees. */
	record Hamstrings(int leftDegrees, int rightDegrees) implements SelfTest {

		public Hamstrings {
			if (leftDegrees < 0 || leftDegrees > 150 || rightDegrees < 0 || rightDegrees > 150) {
				throw new IllegalArgumentException("angles 0-150°");
			}
		}

		@Override
		public String id() {
			return "T-HAM";
		}

		@Override
		public List<Contributor> findings() {
			if (this.leftDegrees >= 70 && this.rightDegrees >= 70) {
				return List.of();
			}
			return List.of(new Contributor("C-HAM", id(), "Your leg raise reached " + this.leftDegrees + "° on the left and "
					+ this.rightDegrees + "° on the right; under 70° points to tight hamstrings."));
		}

	}

	/** {@code T-CORE}: front plank and side planks on each side, held for these many seconds. */
	record Core(int plankSeconds, int sidePlankLeftSeconds, int sidePlankRightSeconds) implements SelfTest {

		public Core {
			if (plankSeconds < 0 || plankSeconds > 1800 || sidePlankLeftSeconds < 0 || sidePlankLeftSeconds > 1800
					|| sidePlankRightSeconds < 0 || sidePlankRightSeconds > 1800) {
				throw new IllegalArgumentException("holds 0-1800 s");
			}
		}

		@Override
		public String id() {
			return "T-CORE";
		}

		@Override
		public List<Contributor> findings() {
			List<String> why = new ArrayList<>();
			if (this.plankSeconds < 60) {
				why.add("you held the plank for " + this.plankSeconds + " seconds, under a minute");
			}
			int stronger = Math.max(this.sidePlankLeftSeconds, this.sidePlankRightSeconds);
			int weaker = Math.min(this.sidePlankLeftSeconds, this.sidePlankRightSeconds);
			if ((stronger - weaker) * 5 > stronger) {
				why.add("your side planks (" + this.sidePlankLeftSeconds + " s left, " + this.sidePlankRightSeconds
						+ " s right) differ by more than a fifth");
			}
			if (why.isEmpty()) {
				return List.of();
			}
			String text = String.join(", and ", why);
			return List.of(new Contributor("C-CORE", id(), Character.toUpperCase(text.charAt(0)) + text.substring(1)
					+ ": your stomach and buttock muscles may need strengthening."));
		}

	}

	/** {@code T-HIPFLEX}: hugging one knee at the edge of a bed, whether the other thigh lifts. */
	record HipFlexors(boolean leftThighLifts, boolean rightThighLifts) implements SelfTest {

		@Override
		public String id() {
			return "T-HIPFLEX";
		}

		@Override
		public List<Contributor> findings() {
			if (!this.leftThighLifts && !this.rightThighLifts) {
				return List.of();
			}
			String which = this.leftThighLifts && this.rightThighLifts ? "Both thighs lift"
					: this.leftThighLifts ? "Your left thigh lifts" : "Your right thigh lifts";
			return List.of(new Contributor("C-CORE", id(),
					which + " off the bed: tight hip flexors, which often go with weak stomach and buttock muscles."));
		}

	}

}
