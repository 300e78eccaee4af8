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

	@Override
	public Attitude estimate(UniformSamples s) {
		Attitude result = new Attitude(s.size);
		double[] bias = new double[3];
		for (int pass = 0; pass < 2; pass++) {
			GyroIntegration.integrate(s, bias, result);
			correct(s, result);
			if (pass == 0) {
				GyroIntegration.estimateBias(s, result, bias);
			}
		}
		return result;
	}

	/** Turns the gyroscope orientation into a level one, in place. */
	private static void correct(UniformSamples s, Attitude q) {
		SlowSignal[] gravity = { new SlowSignal(s.size, s.rate), new SlowSignal(s.size, s.rate),
				new SlowSignal(s.size, s.rate) };
		accumulate(s, q, gravity);
		double[] scratch = new double[gravity[0].blocks()];
		for (SlowSignal g : gravity) {
			g.smooth(WINDOW_SECONDS, s.rate, scratch);
		}
		Attitude turn = new Attitude(gravity[0].blocks());
		for (int k = 0; k < turn.size(); k++) {
			turn.levelFrom(k, gravity[0].values[k], gravity[1].values[k], gravity[2].values[k]);
		}
		SlowSignal blocks = gravity[0];
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
			q.set(i, aw * bw - ax * bx - ay * by, aw * bx + ax * bw + ay * bz, aw * by + ay * bw - ax * bz,
					aw * bz + ax * by - ay * bx);
		}
	}

	/** Block sums of acceleration turned into the gyroscope frame. */
	private static void accumulate(UniformSamples s, Attitude q, SlowSignal[] gravity) {
		int block = gravity[0].block;
		for (int k = 0; k < gravity[0].blocks(); k++) {
			double sx = 0, sy = 0, sz = 0;
			for (int i = k * block, end = Math.min(s.size, i + block); i < end; i++) {
				double qw = q.w[i], qx = q.x[i], qy = q.y[i], qz = q.z[i];
				double vx = s.ax[i], vy = s.ay[i], vz = s.az[i];
				double tx = 2 * (qy * vz - qz * vy);
				double ty = 2 * (qz * vx - qx * vz);
				double tz = 2 * (qx * vy - qy * vx);
				sx += vx + qw * tx + (qy * tz - qz * ty);
				sy += vy + qw * ty + (qz * tx - qx * tz);
				sz += vz + qw * tz + (qx * ty - qy * tx);
			}
			gravity[0].values[k] = sx;
			gravity[1].values[k] = sy;
			gravity[2].values[k] = sz;
		}
	}

}
