package dev.backstride.motion;

import java.util.Objects;

/**
 * Angles over the gait cycle, normalised to 0–100% of the stride (left contact to left contact) in
 * {@value #POINTS} points, as mean and standard deviation across strides, in degrees.
 */
public record GaitCurves(Curve tilt, Curve obliquity, Curve rotation) {

	public static final int POINTS = 101;

	public GaitCurves {
		Objects.requireNonNull(tilt, "tilt");
		Objects.requireNonNull(obliquity, "obliquity");
		Objects.requireNonNull(rotation, "rotation");
	}

	/** One angle: {@code mean[p]} and {@code sd[p]} at p% of the stride. */
	public record Curve(double[] mean, double[] sd) {

		public Curve {
			if (mean.length != POINTS || sd.length != POINTS) {
				throw new IllegalArgumentException("a gait curve has " + POINTS + " points");
			}
			mean = mean.clone();
			sd = sd.clone();
		}

		@Override
		public double[] mean() {
			return this.mean.clone();
		}

		@Override
		public double[] sd() {
			return this.sd.clone();
		}

	}

}
