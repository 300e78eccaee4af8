package dev.backstride.motion.attitude;

import dev.backstride.motion.preparation.SlowSignal;
import dev.backstride.motion.preparation.UniformSamples;
import dev.backstride.motion.preparation.Workspace;

/**
 * Orientation from the whole recording at once, which a real-time filter cannot do.
 * <p>
 * The gyroscope is integrated first; over a few seconds that is accurate up to a slow drift from its
 * bias. Acceleration is then turned into that drifting frame, where it is gravity plus the runner's own
 * acceleration. Over whole strides the runner's acceleration averages out, so a zero-phase low-pass of
 * it (about two seconds, see {@link SlowSignal}) points along gravity as seen in the drifting frame, at
 * every instant, without lag. Rotating that direction back to vertical removes the drift, including a
 * linear drift exactly. How fast that correction turns is the gyroscope bias: it is measured first on the
 * samples averaged down to about {@value #COARSE_RATE} Hz, which costs a fraction of a pass, and the
 * recording is then integrated without it, so the correction only has noise left to remove. Drift about
 * the vertical stays, and the pelvis frame removes it with the heading of travel.
 * <p>
 * Only the gyroscope chain runs sample after sample; everything else is plain loops over whole arrays,
 * which the JIT turns into vector instructions.
 */
public final class GravityAnchoredSmoother implements AttitudeEstimator {

	private static final double WINDOW_SECONDS = 2;

	/** The bias is measured on samples averaged down to about this rate. */
	private static final double COARSE_RATE = 12.5;

	@Override
	public Attitude estimate(UniformSamples s, double[][] level) {
		Workspace work = s.work;
		Attitude result = new Attitude(work, s.size);
		int mark = work.mark();
		double[] bias = new double[3];
		int factor = (int) Math.floor(s.rate / COARSE_RATE);
		biasOf(factor > 1 ? s.averaged(factor) : s, bias);
		work.release(mark);
		Attitude drifting = new Attitude(work, s.size);
		GyroIntegration.integrate(s, bias, drifting);
		double[][] inFrame = { work.doubles(s.size), work.doubles(s.size), work.doubles(s.size) };
		double[][] turn = turns(s, drifting, inFrame);
		turnLevel(turn, inFrame, level, s.size);
		corrected(turn, drifting, result);
		work.release(mark);
		return result;
	}

	/** Integrates without bias, corrects, and sets {@code bias} to what the correction had to undo. */
	private static void biasOf(UniformSamples s, double[] bias) {
		Attitude drifting = new Attitude(s.work, s.size);
		GyroIntegration.integrate(s, bias, drifting);
		double[][] inFrame = { s.work.doubles(s.size), s.work.doubles(s.size), s.work.doubles(s.size) };
		Attitude q = new Attitude(s.work, s.size);
		corrected(turns(s, drifting, inFrame), drifting, q);
		GyroIntegration.estimateBias(s, steps(q), bias);
	}

	/**
	 * The correction at every sample, w, x and y of a turn about a horizontal axis that levels the
	 * drifting frame. {@code inFrame} receives the acceleration turned into the drifting frame, whose
	 * smoothed block means point along gravity.
	 */
	private static double[][] turns(UniformSamples s, Attitude drifting, double[][] inFrame) {
		drifting.toLevel(s.ax, s.ay, s.az, inFrame);
		SlowSignal[] gravity = new SlowSignal[3];
		for (int c = 0; c < 3; c++) {
			gravity[c] = new SlowSignal(s.size, s.rate, s.work);
			gravity[c].sum(inFrame[c]);
		}
		int points = gravity[0].points();
		double[] scratch = s.work.blockValues(points);
		for (SlowSignal g : gravity) {
			g.smooth(WINDOW_SECONDS, s.rate, scratch);
		}
		Attitude blocks = new Attitude(s.work.blockValues(points), s.work.blockValues(points),
				s.work.blockValues(points), s.work.blockValues(points), points);
		for (int k = 0; k < points; k++) {
			blocks.levelFrom(k, gravity[0].values[k], gravity[1].values[k], gravity[2].values[k]);
		}
		double[][] turn = { s.work.doubles(s.size), s.work.doubles(s.size), s.work.doubles(s.size) };
		// the turn changes by a fraction of a degree between blocks: linear blending stays unit length
		gravity[0].spread(blocks.w, turn[0], s.size);
		gravity[0].spread(blocks.x, turn[1], s.size);
		gravity[0].spread(blocks.y, turn[2], s.size);
		return turn;
	}

	/** turn ⊗ drifting at every sample into {@code out}, one plain loop per component (the turn has no z part). */
	private static void corrected(double[][] turn, Attitude drifting, Attitude out) {
		int n = drifting.size();
		double[] aw = turn[0], ax = turn[1], ay = turn[2];
		double[] bw = drifting.w, bx = drifting.x, by = drifting.y, bz = drifting.z;
		double[] w = out.w, x = out.x, y = out.y, z = out.z;
		for (int i = 0; i < n; i++) {
			w[i] = aw[i] * bw[i] - ax[i] * bx[i] - ay[i] * by[i];
		}
		for (int i = 0; i < n; i++) {
			x[i] = aw[i] * bx[i] + ax[i] * bw[i] + ay[i] * bz[i];
		}
		for (int i = 0; i < n; i++) {
			y[i] = aw[i] * by[i] + ay[i] * bw[i] - ax[i] * bz[i];
		}
		for (int i = 0; i < n; i++) {
			z[i] = aw[i] * bz[i] + ax[i] * by[i] - ay[i] * bx[i];
		}
	}

	/**
	 * Turns acceleration in the drifting frame into the level frame by the turn at each sample, one plain
	 * loop per axis: v' = v + w t + q × t with t = 2 q × v and q = (x, y, 0).
	 */
	private static void turnLevel(double[][] turn, double[][] in, double[][] out, int n) {
		double[] qw = turn[0], qx = turn[1], qy = turn[2];
		double[] vx = in[0], vy = in[1], vz = in[2];
		double[] ox = out[0], oy = out[1], oz = out[2];
		for (int i = 0; i < n; i++) {
			double tx = 2 * qy[i] * vz[i];
			double tz = 2 * (qx[i] * vy[i] - qy[i] * vx[i]);
			ox[i] = vx[i] + qw[i] * tx + qy[i] * tz;
		}
		for (int i = 0; i < n; i++) {
			double ty = -2 * qx[i] * vz[i];
			double tz = 2 * (qx[i] * vy[i] - qy[i] * vx[i]);
			oy[i] = vy[i] + qw[i] * ty - qx[i] * tz;
		}
		for (int i = 0; i < n; i++) {
			double tx = 2 * qy[i] * vz[i];
			double ty = -2 * qx[i] * vz[i];
			double tz = 2 * (qx[i] * vy[i] - qy[i] * vx[i]);
			oz[i] = vz[i] + qw[i] * tz + (qx[i] * ty - qy[i] * tx);
		}
	}

	/**
	 * Sums over the recording of the vector part of conj(q[i − 1]) ⊗ q[i]: half the corrected body-frame
	 * rotation per step.
	 */
	private static double[] steps(Attitude q) {
		double sx = 0, sy = 0, sz = 0;
		for (int i = 1; i < q.size(); i++) {
			double pw = q.w[i - 1], px = q.x[i - 1], py = q.y[i - 1], pz = q.z[i - 1];
			double w = q.w[i], x = q.x[i], y = q.y[i], z = q.z[i];
			double sign = pw * w + px * x + py * y + pz * z < 0 ? -1 : 1;
			sx += sign * (pw * x - px * w - py * z + pz * y);
			sy += sign * (pw * y + px * z - py * w - pz * x);
			sz += sign * (pw * z - px * y + py * x - pz * w);
		}
		return new double[] { sx, sy, sz };
	}

}
