package dev.backstride.motion;

/**
 * Integrates the rotation rate into orientation, one exact quaternion step per sample (the rate taken
 * as the mean of both ends), and measures the bias that a corrected orientation leaves behind.
 */
final class GyroIntegration {

	private static final double START_SECONDS = 0.5;

	private GyroIntegration() {
	}

	/** Fills {@code out}, starting level (from the first half second of acceleration). */
	static void integrate(UniformSamples s, double[] bias, Attitude out) {
		int start = Math.min(s.size, Math.max(1, (int) (START_SECONDS * s.rate)));
		double sx = 0;
		double sy = 0;
		double sz = 0;
		for (int i = 0; i < start; i++) {
			sx += s.ax[i];
			sy += s.ay[i];
			sz += s.az[i];
		}
		out.levelFrom(0, sx, sy, sz);
		double w = out.w[0];
		double x = out.x[0];
		double y = out.y[0];
		double z = out.z[0];
		double k = 0.25 / s.rate;
		double[] gx = s.gx;
		double[] gy = s.gy;
		double[] gz = s.gz;
		for (int i = 1; i < s.size; i++) {
			// half the rotation vector over this step
			double vx = (gx[i - 1] + gx[i] - 2 * bias[0]) * k;
			double vy = (gy[i - 1] + gy[i] - 2 * bias[1]) * k;
			double vz = (gz[i - 1] + gz[i] - 2 * bias[2]) * k;
			double h2 = vx * vx + vy * vy + vz * vz;
			// cos and sin(a)/a of the half angle by series: exact to 1e-12 for steps under 0.1 rad
			double dw = 1 - h2 * (0.5 - h2 / 24);
			double ds = 1 - h2 * (1.0 / 6 - h2 / 120);
			vx *= ds;
			vy *= ds;
			vz *= ds;
			double nw = w * dw - x * vx - y * vy - z * vz;
			double nx = w * vx + x * dw + y * vz - z * vy;
			double ny = w * vy - x * vz + y * dw + z * vx;
			double nz = w * vz + x * vy - y * vx + z * dw;
			// one Newton step towards unit length: the step keeps the norm within 1e-12 of 1 anyway
			double norm = 1.5 - 0.5 * (nw * nw + nx * nx + ny * ny + nz * nz);
			w = nw * norm;
			x = nx * norm;
			y = ny * norm;
			z = nz * norm;
			out.w[i] = w;
			out.x[i] = x;
			out.y[i] = y;
			out.z[i] = z;
		}
	}

	/**
	 * Sets {@code bias} to the mean measured rate minus the mean rate of the corrected orientation, both
	 * per step in the phone frame: what the correction had to undo. Only the part across gravity is
	 * seen; the part about the vertical comes out as zero.
	 */
	static void estimateBias(UniformSamples s, Attitude corrected, double[] bias) {
		double sx = 0;
		double sy = 0;
		double sz = 0;
		double mx = 0;
		double my = 0;
		double mz = 0;
		int n = corrected.size();
		for (int i = 1; i < n; i++) {
			double aw = corrected.w[i - 1];
			double ax = -corrected.x[i - 1];
			double ay = -corrected.y[i - 1];
			double az = -corrected.z[i - 1];
			double bw = corrected.w[i];
			double bx = corrected.x[i];
			double by = corrected.y[i];
			double bz = corrected.z[i];
			// vector part of conj(q[i-1]) ⊗ q[i]: half the body-frame rotation over the step
			double sign = aw * bw - ax * bx - ay * by - az * bz < 0 ? -1 : 1;
			sx += sign * (aw * bx + ax * bw + ay * bz - az * by);
			sy += sign * (aw * by - ax * bz + ay * bw + az * bx);
			sz += sign * (aw * bz + ax * by - ay * bx + az * bw);
			mx += s.gx[i - 1] + s.gx[i];
			my += s.gy[i - 1] + s.gy[i];
			mz += s.gz[i - 1] + s.gz[i];
		}
		double steps = n - 1;
		bias[0] = (mx / 2 - 2 * sx * s.rate) / steps;
		bias[1] = (my / 2 - 2 * sy * s.rate) / steps;
		bias[2] = (mz / 2 - 2 * sz * s.rate) / steps;
	}

}
