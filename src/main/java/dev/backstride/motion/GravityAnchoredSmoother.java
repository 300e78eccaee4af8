package dev.backstride.motion;

/**
 * Orientation from the whole recording at once, which a real-time filter cannot do.
 * <p>
 * The gyroscope is integrated first; over a few seconds that is accurate up to a slow drift from its
 * bias. Acceleration is then turned into that drifting frame, where it is gravity plus the runner's own
 * acceleration. Over whole strides the runner's acceleration averages out, so a zero-phase low-pass of
 * it ({@link LowPass}, about two seconds) points along gravity as seen in the drifting frame, at every
 * instant, without lag. Rotating that direction back to vertical removes the drift, including a linear
 * drift exactly. A first pass measures how fast the correction turns, which is the gyroscope bias; the
 * second pass integrates without it, so the correction only has noise left to remove. Drift about the
 * vertical stays, and the pelvis frame removes it with the heading of travel.
 */
final class GravityAnchoredSmoother implements AttitudeEstimator {

	private static final double WINDOW_SECONDS = 2;

	@Override
	public Attitude estimate(UniformSamples s) {
		Attitude gyro = new Attitude(s.size);
		double[][] level = { new double[s.size], new double[s.size], new double[s.size] };
		double[][] gravity = { new double[s.size], new double[s.size], new double[s.size] };
		LowPass lowPass = LowPass.seconds(s, WINDOW_SECONDS);
		Attitude result = new Attitude(s.size);
		double[] bias = new double[3];
		for (int pass = 0; pass < 2; pass++) {
			GyroIntegration.integrate(s, bias, gyro);
			gyro.toLevel(s.ax, s.ay, s.az, level);
			for (int k = 0; k < 3; k++) {
				lowPass.apply(level[k], gravity[k]);
			}
			correct(gyro, gravity, result);
			if (pass == 0) {
				GyroIntegration.estimateBias(s, result, bias);
			}
		}
		return result;
	}

	/** result = (turn of the gravity estimate to vertical) ∘ gyro orientation. */
	private static void correct(Attitude gyro, double[][] gravity, Attitude result) {
		for (int i = 0; i < gyro.size(); i++) {
			result.levelFrom(i, gravity[0][i], gravity[1][i], gravity[2][i]);
			double aw = result.w[i];
			double ax = result.x[i];
			double ay = result.y[i];
			double bw = gyro.w[i];
			double bx = gyro.x[i];
			double by = gyro.y[i];
			double bz = gyro.z[i];
			// the correction has no z part
			result.set(i, aw * bw - ax * bx - ay * by, aw * bx + ax * bw + ay * bz, aw * by + ay * bw - ax * bz,
					aw * bz + ax * by - ay * bx);
		}
	}

}
