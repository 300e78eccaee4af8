package dev.backstride.motion;

import dev.backstride.motion.angles.Angles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The fast arc tangent and arc sine against {@link Math}, on both sides of each path's boundary. */
class AnglesTests {

	private static final double TAN_15 = Math.tan(Math.toRadians(15));

	@ParameterizedTest
	@ValueSource(doubles = { 0, 1, 5, 14.9, 15, 15.1, 29.9, 30, 44.9, 45, 45.1, 60, 89.9, 90, 90.1, 120, 179.9, 180,
			-0.1, -14.9, -15, -15.1, -45, -90, -135, -179.9 })
	void arcTangentMatchesMathAtEveryAngle(double degrees) {
		double a = Math.toRadians(degrees);
		for (double length : new double[] { 1e-3, 1, 37 }) {
			double y = length * Math.sin(a);
			double x = length * Math.cos(a);
			assertThat(Angles.atan2(y, x)).as("%s° at length %s", degrees, length)
				.isCloseTo(Math.atan2(y, x), within(1e-10));
		}
	}

	@ParameterizedTest
	@ValueSource(doubles = { 0, 1e-9, 0.1, 0.2499, 0.25, 0.2501, 0.5, 0.9, 0.999999, 1 })
	void arcSineMatchesMathOnBothSidesOfTheSeries(double v) {
		assertThat(Angles.asin(v)).isCloseTo(Math.asin(v), within(1e-10));
		assertThat(Angles.asin(-v)).isCloseTo(Math.asin(-v), within(1e-10));
	}

	@ParameterizedTest
	@ValueSource(doubles = { 0.999, 1, 1.001 })
	void arcTangentIsExactEitherSideOfTheFastPathEdge(double fraction) {
		double y = TAN_15 * fraction;
		assertThat(Angles.atan2(y, 1)).isCloseTo(Math.atan2(y, 1), within(1e-10));
		assertThat(Angles.atan2(-y, 1)).isCloseTo(Math.atan2(-y, 1), within(1e-10));
	}

}
