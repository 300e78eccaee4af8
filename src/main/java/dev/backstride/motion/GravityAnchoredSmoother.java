package dev.backstride.motion;

/**
 * Orientation from the whole recording at once, which a real-time filter cannot do.
 * <p>
 * The gyroscope is integrated first; over a few seconds that is accurate up to a slow drift from its
 * bias. Acceleration is then turned into that drifting frame, where it is gravity plus the runner's own
 * acceleration. Over whole strides the runner's acceleration averages out, so a zero-phase low-pass of
 * it (about two seconds, see {@link SlowSignal}) points along gravity as seen in the drifting frame, at
 * every instant, without lag. Rotating that direction back to vertical removes the drift, including a
 * linear drift exactly. A first pass measures how fast the correction turns, which is the gyroscope
 * bias; the second pass integrates without it, so the correction only has noise left to remove. Drift
 * about the vertical stays, and the pelvis frame removes it with the heading of travel.
 */
final class GravityAnchoredSmoother implements AttitudeEstimator {

	private static final double WINDOW_SECONDS = 2;

	/** The bias is measured on samples averaged down to about this rate. */
	private static final double COARSE_RATE = 25;

	@Override
	public Attitude estimate(UniformSamples s) {
		double[] bias = new double[3];
		int factor = (int) Math.floor(s.rate / COARSE_RATE);
		biasOf(factor > 1 ? s.averaged(factor) : s, bias);
		Attitude result = new Attitude(s.work, s.size);
		correct(s, integrate(s, bias, result), result, null);
		return result;
	}

	/** Integrates without bias, corrects, and sets {@code bias} to what the correction had to undo. */
	private static void biasOf(UniformSamples s, double[] bias) {
		Attitude q = new Attitude(s.work, s.size);
		double[] steps = new double[3];
		correct(s, integrate(s, bias, q), q, steps);
		GyroIntegration.estimateBias(s, steps, bias);
	}

	/** Integrates into {@code q} and returns the block sums of acceleration in its frame. */
	private static SlowSignal[] integrate(UniformSamples s, double[] bias, Attitude q) {
		SlowSignal[] gravity = { new SlowSignal(s.size, s.rate, s.work), new SlowSignal(s.size, s.rate, s.work),
				new SlowSignal(s.size, s.rate, s.work) };
		GyroIntegration.integrate(s, bias, q, gravity);
		return gravity;
	}

	/**
	 * Turns the gyroscope orientation into a level one, in place, from the block sums of acceleration
	 * in its frame; or, when {@code steps} is given, only sums the corrected steps into it for the bias
	 * and leaves {@code q} as it is.
	 */
	private static void correct(UniformSamples s, SlowSignal[] gravity, Attitude q, double[] steps) {
		int points = gravity[0].points();
		double[] scratch = s.work.doubles(points);
		Attitude turn = new Attitude(s.work, points);
		for (SlowSignal g : gravity) {
			g.smooth(WINDOW_SECONDS, s.rate, scratch);
		}
		for (int k = 0; k < points; k++) {
			turn.levelFrom(k, gravity[0].values[k], gravity[1].values[k], gravity[2].values[k]);
		}
		SlowSignal blocks = gravity[0];
		double pw = 0, px = 0, py = 0, pz = 0;
		double sx = 0, sy = 0, sz = 0;
		for (int i = 0; i < s.size; i++) {
			double p = blocks.position(i);
			// the turn changes by a fraction of a degree between blocks: linear blending stays unit length
			double aw = SlowSignal.at(turn.w, p);
			double ax = SlowSignal.at(turn.x, p);
			double ay = SlowSignal.at(turn.y, p);
			double bw = q.w[i];
			double bx = q.x[i];
			double by = q.y[i];
			double bz = q.z[i];
			// the turn has no z part
			double w = aw * bw - ax * bx - ay * by;
			double x = aw * bx + ax * bw + ay * bz;
			double y = aw * by + ay * bw - ax * bz;
			double z = aw * bz + ax * by - ay * bx;
			if (steps == null) {
				q.set(i, w, x, y, z);
			}
			else if (i > 0) {
				// vector part of conj(previous) ⊗ current: half the body-frame rotation over the step
				double sign = pw * w + px * x + py * y + pz * z < 0 ? -1 : 1;
				sx += sign * (pw * x - px * w - py * z + pz * y);
				sy += sign * (pw * y + px * z - py * w - pz * x);
				sz += sign * (pw * z - px * y + py * x - pz * w);
			}
			pw = w;
			px = x;
			py = y;
			pz = z;
		}
		if (steps != null) {
			steps[0] = sx;
			steps[1] = sy;
			steps[2] = sz;
		}
	}

}
