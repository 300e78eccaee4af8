package dev.backstride.motion.attitude;

import dev.backstride.motion.preparation.UniformSamples;

/**
 * Integrates the rotation rate into orientation, one exact quaternion step per sample (the rate taken
 * as the mean of both ends), and measures the bias that a corrected orientation leaves behind.
 */
public final class GyroIntegration {

	private static final double START_SECONDS = 0.5;

	private GyroIntegration() {
	}

	/** Samples between two steps back towards unit length. */
	private static final int NORMALISE_EVERY = 16;

	/**
	 * Fills {@code out}, starting level (from the first half second of acceleration). The rotation of each
	 * step is worked out first for all steps at once, in plain loops the JIT turns into vector
	 * instructions, and parked in {@code out}; the chain from one sample to the next, which nothing can
	 * run in parallel, then only multiplies.
	 */
	public static void integrate(UniformSamples s, double[] bias, Attitude out) {
		int n = s.size;
		double[] dw = out.w, dx = out.x, dy = out.y, dz = out.z;
		double k = 0.25 / s.rate;
		double bx = 2 * bias[0];
		double by = 2 * bias[1];
		double bz = 2 * bias[2];
		double[] gx = s.gx;
		double[] gy = s.gy;
		double[] gz = s.gz;
		// half the rotation vector over the step that ends at sample i, the rate taken as the mean of its ends
		for (int i = 1; i < n; i++) {
			dx[i] = (gx[i - 1] + gx[i] - bx) * k;
		}
		for (int i = 1; i < n; i++) {
			dy[i] = (gy[i - 1] + gy[i] - by) * k;
		}
		for (int i = 1; i < n; i++) {
			dz[i] = (gz[i - 1] + gz[i] - bz) * k;
		}
		// as a unit quaternion: cos and sin(a)/a of the half angle by series, exact to 1e-12 under 0.1 rad
		for (int i = 1; i < n; i++) {
			double h2 = dx[i] * dx[i] + dy[i] * dy[i] + dz[i] * dz[i];
			double ds = 1 - h2 * (1.0 / 6 - h2 / 120);
			dw[i] = 1 - h2 * (0.5 - h2 / 24);
			dx[i] *= ds;
			dy[i] *= ds;
			dz[i] *= ds;
		}
		int start = Math.min(n, Math.max(1, (int) (START_SECONDS * s.rate)));
		double sx = 0;
		double sy = 0;
		double sz = 0;
		for (int i = 0; i < start; i++) {
			sx += s.ax[i];
			sy += s.ay[i];
			sz += s.az[i];
		}
		out.levelFrom(0, sx, sy, sz);
		// two chains at once, which the processor runs side by side: the first from the start, the second
		// from the middle out of an arbitrary orientation; the second is turned onto the first at the end
		int middle = n / 2;
		double w = out.w[0], x = out.x[0], y = out.y[0], z = out.z[0];
		double mw = 1, mx = 0, my = 0, mz = 0;
		for (int i = 1, j = middle + 1; i <= middle; i++, j++) {
			double vw = dw[i], vx = dx[i], vy = dy[i], vz = dz[i];
			// paired sums keep the chain from one sample to the next short
			double nw = (w * vw - x * vx) - (y * vy + z * vz);
			double nx = (w * vx + x * vw) + (y * vz - z * vy);
			double ny = (w * vy + y * vw) + (z * vx - x * vz);
			double nz = (w * vz + z * vw) + (x * vy - y * vx);
			boolean normalise = i % NORMALISE_EVERY == 0;
			if (normalise) {
				// one Newton step towards unit length now and then keeps the norm within 1e-14 of 1
				double norm = 1.5 - 0.5 * (nw * nw + nx * nx + ny * ny + nz * nz);
				nw *= norm;
				nx *= norm;
				ny *= norm;
				nz *= norm;
			}
			w = nw;
			x = nx;
			y = ny;
			z = nz;
			dw[i] = w;
			dx[i] = x;
			dy[i] = y;
			dz[i] = z;
			if (j < n) {
				vw = dw[j];
				vx = dx[j];
				vy = dy[j];
				vz = dz[j];
				nw = (mw * vw - mx * vx) - (my * vy + mz * vz);
				nx = (mw * vx + mx * vw) + (my * vz - mz * vy);
				ny = (mw * vy + my * vw) + (mz * vx - mx * vz);
				nz = (mw * vz + mz * vw) + (mx * vy - my * vx);
				if (normalise) {
					double norm = 1.5 - 0.5 * (nw * nw + nx * nx + ny * ny + nz * nz);
					nw *= norm;
					nx *= norm;
					ny *= norm;
					nz *= norm;
				}
				mw = nw;
				mx = nx;
				my = ny;
				mz = nz;
				dw[j] = mw;
				dx[j] = mx;
				dy[j] = my;
				dz[j] = mz;
			}
		}
		// q[j] = q[middle] ⊗ m[j]: the second chain started where the first ends
		for (int j = middle + 1; j < n; j++) {
			double vw = dw[j], vx = dx[j], vy = dy[j], vz = dz[j];
			dw[j] = (w * vw - x * vx) - (y * vy + z * vz);
			dx[j] = (w * vx + x * vw) + (y * vz - z * vy);
			dy[j] = (w * vy + y * vw) + (z * vx - x * vz);
			dz[j] = (w * vz + z * vw) + (x * vy - y * vx);
		}
	}

	/**
	 * Sets {@code bias} to the mean measured rate minus the mean rate of the corrected orientation, both
	 * per step in the phone frame: what the correction had to undo. {@code steps} holds the sums over the
	 * recording of the vector part of conj(q[i − 1]) ⊗ q[i], half the corrected body-frame rotation per
	 * step. Only the part across gravity is seen; the part about
	 * the vertical comes out as zero.
	 */
	public static void estimateBias(UniformSamples s, double[] steps, double[] bias) {
		double mx = 0;
		double my = 0;
		double mz = 0;
		for (int i = 1; i < s.size; i++) {
			mx += s.gx[i - 1] + s.gx[i];
			my += s.gy[i - 1] + s.gy[i];
			mz += s.gz[i - 1] + s.gz[i];
		}
		double n = s.size - 1;
		bias[0] = (mx / 2 - 2 * steps[0] * s.rate) / n;
		bias[1] = (my / 2 - 2 * steps[1] * s.rate) / n;
		bias[2] = (mz / 2 - 2 * steps[2] * s.rate) / n;
	}

}
