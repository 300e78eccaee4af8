package dev.backstride.program.web;

import java.util.Locale;

import dev.backstride.program.SelfTest;

/** A self-test result as the API and the test pages send it; each check names its field. */
record SelfTestForm(String test, Integer left, Integer right, Integer plankSeconds, Integer sidePlankLeft,
		Integer sidePlankRight, Boolean leftThighLifts, Boolean rightThighLifts) {

	SelfTest toTest() {
		if (this.test == null) {
			throw new FieldProblem("test", "say which test this is: T-HAM, T-CORE or T-HIPFLEX.");
		}
		return switch (this.test.strip().toUpperCase(Locale.ROOT)) {
			case "T-HAM" -> new SelfTest.Hamstrings(
					FieldProblem.whole("left", this.left, 0, 150, "the angle of the left leg in degrees"),
					FieldProblem.whole("right", this.right, 0, 150, "the angle of the right leg in degrees"));
			case "T-CORE" -> new SelfTest.Core(
					FieldProblem.whole("plankSeconds", this.plankSeconds, 0, 1800, "the plank hold in seconds"),
					FieldProblem.whole("sidePlankLeft", this.sidePlankLeft, 0, 1800, "the left side plank in seconds"),
					FieldProblem.whole("sidePlankRight", this.sidePlankRight, 0, 1800,
							"the right side plank in seconds"));
			case "T-HIPFLEX" -> new SelfTest.HipFlexors(yes("leftThighLifts", this.leftThighLifts),
					yes("rightThighLifts", this.rightThighLifts));
			default -> throw new FieldProblem("test",
					"there is no test '" + this.test + "'; the self-tests are T-HAM, T-CORE and T-HIPFLEX.");
		};
	}

	private static boolean yes(String field, Boolean value) {
		if (value == null) {
			throw new FieldProblem(field, "say true or false: did the thigh lift off the bed?");
		}
		return value;
	}

}
