package dev.backstride.motion;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class SteadinessTests {

	private static Summary steady(double sd) {
		return new Summary(10, sd);
	}

	/** Each metric at its limit (twice the largest spread seen on the real runs) and just past it. */
	@ParameterizedTest(name = "{0} sd {1}: flagged {2}")
	@CsvSource({ "cadence, 6.30, false", "cadence, 6.31, true", "tilt, 1.50, false", "tilt, 1.51, true",
			"obliquity, 1.52, false", "obliquity, 1.53, true", "rotation, 2.62, false", "rotation, 2.63, true",
			"leftDrop, 1.02, false", "leftDrop, 1.03, true", "rightDrop, 1.02, false", "rightDrop, 1.03, true" })
	void flagsAMetricOnlyPastTwiceTheLargestSpreadSeenOnTheRealRuns(String metric, double sd, boolean flagged) {
		Summary quiet = steady(0.1);
		List<Steadiness.Unsteady> found = Steadiness.of(metric.equals("cadence") ? steady(sd) : quiet,
				metric.equals("tilt") ? steady(sd) : quiet, metric.equals("obliquity") ? steady(sd) : quiet,
				metric.equals("rotation") ? steady(sd) : quiet, metric.equals("leftDrop") ? steady(sd) : quiet,
				metric.equals("rightDrop") ? steady(sd) : quiet);
		assertThat(found.stream().map(Steadiness.Unsteady::key).toList())
			.isEqualTo(flagged ? List.of(metric) : List.of());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dev.backstride.motion.RealRunningTests#trials")
	void noRealRunIsFlagged(String id) {
		MotionReport report = ((MotionOutcome.Analysed) new PelvisAnalysis().run(MocapTrials.recording(id, true)))
			.report();
		assertThat(Steadiness.of(report)).isEmpty();
	}

	@org.junit.jupiter.api.Test
	void saysInPlainWordsWhichNumbersAreRough() {
		Summary quiet = steady(0.1);
		assertThat(Steadiness.sentence(List.of())).isEmpty();
		assertThat(Steadiness.sentence(Steadiness.of(quiet, steady(2), quiet, quiet, steady(2), quiet)))
			.isEqualTo("Your strides differed from one another more than on the runs we checked against the lab in"
					+ " tilt and the drop in left stance, so take those numbers as rough. A steady stretch of running on"
					+ " even ground gives firmer ones.");
		assertThat(Steadiness.sentence(Steadiness.of(steady(9), quiet, quiet, quiet, quiet, quiet)))
			.contains("in cadence, so take that number as rough.");
	}

}
