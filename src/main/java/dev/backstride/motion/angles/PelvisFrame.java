package dev.backstride.motion.angles;

import dev.backstride.motion.attitude.Attitude;
import dev.backstride.motion.preparation.SlowSignal;
import dev.backstride.motion.preparation.Workspace;

/**
 * Where the pelvis axes sit in the phone, found from the running itself, so the phone may be worn any
 * way round (screen in or out, upside down, tilted, landscape).
 * <p>
 * Up is the mean direction of gravity in the phone while running. Forward is the horizontal axis along
 * which acceleration repeats from step to step (every step brakes and pushes off alike, while the sway
 * changes side with the foot), measured in a frame that follows the pelvis' smoothed heading, so turns
 * and gyroscope drift about the vertical do not smear it. Its sign comes from braking: at each contact the vertical acceleration rises
 * while the forward acceleration is negative.
 */
public final class PelvisFrame {

	/** Phone coordinates of the pelvis axes: columns x (forward), y (left), z (up), row-major. */
	public final double[] axes;

	/**
	 * Direction of travel in the level frame (cos, sin of the heading), per block of samples: it turns
	 * slowly, so it is read at each sample by interpolation instead of being stored per sample.
	 */
	private final SlowSignal headingCos, headingSin;

	/** The same rotation as {@link #axes}, as a unit quaternion (w, x, y, z). */
	public final double[] quaternion;

	private PelvisFrame(double[] axes, SlowSignal headingCos, SlowSignal headingSin) {
		this.axes = axes;
		this.quaternion = quaternion(axes);
		this.headingCos = headingCos;
		this.headingSin = headingSin;
	}

	/** A frame with a steady heading, in radians. */
	public static PelvisFrame facing(double[] axes, double heading) {
		return new PelvisFrame(axes, SlowSignal.steady(Math.cos(heading)), SlowSignal.steady(Math.sin(heading)));
	}

	/**
	 * The same frame with its forward and left axes turned about up by {@code angle} radians (positive to
	 * the left), the heading of travel kept: the pelvis' own axes when they face a little off the direction
	 * of travel ({@link TiltAxis}).
	 */
	public PelvisFrame turned(double angle) {
		double c = Math.cos(angle);
		double s = Math.sin(angle);
		double[] turned = this.axes.clone();
		for (int r = 0; r < 3; r++) {
			double x = this.axes[3 * r];
			double y = this.axes[3 * r + 1];
			turned[3 * r] = c * x + s * y;
			turned[3 * r + 1] = -s * x + c * y;
		}
		return new PelvisFrame(turned, this.headingCos, this.headingSin);
	}

	/** The cosine and sine of the heading of travel at each of the first n samples. */
	public void headings(double[] cos, double[] sin, int n) {
		this.headingCos.spread(this.headingCos.values, cos, n);
		this.headingSin.spread(this.headingSin.values, sin, n);
	}

	/**
	 * The frame of a recording: {@code running} marks the samples of running bouts, {@code step} is a
	 * typical step's length in samples.
	 */
	public static PelvisFrame fit(Attitude q, double[][] level, boolean[] running, int step, double windowSeconds,
			double rate, Workspace work) {
		int n = q.size();
		SlowSignal hx = new SlowSignal(n, rate, work);
		SlowSignal hy = new SlowSignal(n, rate, work);
		int points = hx.points();
		// the first two rows of the rotation summed per block: the heading of any phone axis follows
		double[][] rows = new double[6][];
		for (int r = 0; r < rows.length; r++) {
			rows[r] = work.blockValues(points);
		}
		double[] up = sums(q, running, hx.block, hx.blocks(), Math.max(1, (int) (rate / SUM_RATE)), rows);
		double[] x0 = perpendicular(up);
		double[] y0 = cross(up, x0);
		for (int k = 0; k < hx.blocks(); k++) {
			hx.values[k] = rows[0][k] * x0[0] + rows[1][k] * x0[1] + rows[2][k] * x0[2];
			hy.values[k] = rows[3][k] * x0[0] + rows[4][k] * x0[1] + rows[5][k] * x0[2];
		}
		double[] scratch = work.blockValues(points);
		hx.smooth(windowSeconds, rate, scratch);
		hy.smooth(windowSeconds, rate, scratch);
		for (int k = 0; k < points; k++) {
			double norm = Math.sqrt(hx.values[k] * hx.values[k] + hy.values[k] * hy.values[k]);
			hx.values[k] /= norm;
			hy.values[k] /= norm;
		}
		double alpha = forward(level, running, n, hx, hy, rate, step);
		double ca = Math.cos(alpha);
		double sa = Math.sin(alpha);
		// turning each block turns its interpolation alike
		for (int k = 0; k < points; k++) {
			double c = hx.values[k];
			hx.values[k] = c * ca - hy.values[k] * sa;
			hy.values[k] = hy.values[k] * ca + c * sa;
		}
		double[] axes = new double[9];
		for (int r = 0; r < 3; r++) {
			axes[3 * r] = ca * x0[r] + sa * y0[r];
			axes[3 * r + 1] = -sa * x0[r] + ca * y0[r];
			axes[3 * r + 2] = up[r];
		}
		return new PelvisFrame(axes, hx, hy);
	}

	/**
	 * Orientation is summed at about this rate: enough for means over whole blocks and bouts, as pelvis
	 * motion has little above 10 Hz.
	 */
	private static final double SUM_RATE = 25;

	/**
	 * One pass over every {@code every}-th sample of the orientation: the mean of the level frame's up
	 * axis seen from the phone while running (third row of the rotation), returned, and the first two
	 * rows summed per block into {@code rows}.
	 */
	private static double[] sums(Attitude q, boolean[] running, int block, int blocks, int every,
			double[][] rows) {
		double ux = 0, uy = 0, uz = 0;
		for (int b = 0; b < blocks; b++) {
			double r00 = 0, r01 = 0, r02 = 0, r10 = 0, r11 = 0, r12 = 0;
			for (int i = b * block, end = Math.min(q.size(), i + block); i < end; i += every) {
				double w = q.w[i], x = q.x[i], y = q.y[i], z = q.z[i];
				r00 += 1 - 2 * (y * y + z * z);
				r01 += 2 * (x * y - w * z);
				r02 += 2 * (x * z + w * y);
				r10 += 2 * (x * y + w * z);
				r11 += 1 - 2 * (x * x + z * z);
				r12 += 2 * (y * z - w * x);
				if (running[i]) {
					ux += 2 * (x * z - w * y);
					uy += 2 * (y * z + w * x);
					uz += 1 - 2 * (x * x + y * y);
				}
			}
			rows[0][b] = r00;
			rows[1][b] = r01;
			rows[2][b] = r02;
			rows[3][b] = r10;
			rows[4][b] = r11;
			rows[5][b] = r12;
		}
		double norm = Math.sqrt(ux * ux + uy * uy + uz * uz);
		return new double[] { ux / norm, uy / norm, uz / norm };
	}

	/**
	 * The unit quaternion of a rotation matrix (row-major), from whichever of w, x, y, z is largest, so
	 * that no division is by a small number (Shepperd 1978).
	 */
	public static double[] quaternion(double[] m) {
		double[] squares = { 1 + m[0] + m[4] + m[8], 1 + m[0] - m[4] - m[8], 1 - m[0] + m[4] - m[8],
				1 - m[0] - m[4] + m[8] };
		int big = 0;
		for (int k = 1; k < 4; k++) {
			big = squares[k] > squares[big] ? k : big;
		}
		double s = 2 * Math.sqrt(squares[big]);
		// 4·w·x etc. from the off-diagonal sums and differences
		double wx = m[7] - m[5], wy = m[2] - m[6], wz = m[3] - m[1];
		double xy = m[1] + m[3], xz = m[2] + m[6], yz = m[5] + m[7];
		double[] q = switch (big) {
			case 0 -> new double[] { s / 4, wx / s, wy / s, wz / s };
			case 1 -> new double[] { wx / s, s / 4, xy / s, xz / s };
			case 2 -> new double[] { wy / s, xy / s, s / 4, yz / s };
			default -> new double[] { wz / s, xz / s, yz / s, s / 4 };
		};
		double norm = Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3]);
		for (int k = 0; k < 4; k++) {
			q[k] /= norm;
		}
		return q;
	}

	/** The phone axis furthest from {@code up}, made perpendicular to it. */
	private static double[] perpendicular(double[] up) {
		int k = 0;
		for (int j = 1; j < 3; j++) {
			if (Math.abs(up[j]) < Math.abs(up[k])) {
				k = j;
			}
		}
		double[] v = { -up[k] * up[0], -up[k] * up[1], -up[k] * up[2] };
		v[k] += 1;
		double norm = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
		return new double[] { v[0] / norm, v[1] / norm, v[2] / norm };
	}

	private static double[] cross(double[] a, double[] b) {
		return new double[] { a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0] };
	}

	/**
	 * Angle of forward travel from the smoothed heading, sign from braking.
	 * <p>
	 * The axis is the one along which horizontal acceleration repeats from one step to the next. Every
	 * step brakes and pushes off alike, so forward acceleration correlates positively with itself one
	 * step later; sideways acceleration swings to the side of the foot on the ground, so it changes sign
	 * from step to step. The axis is the leading eigenvector of the symmetrised covariance between the
	 * acceleration at each sample and one typical step later. The plain principal axis of horizontal
	 * acceleration is not enough: some runners sway more than they brake.
	 * <p>
	 * The heading turns a fraction of a degree within a block, so each block's sums are taken in the level
	 * frame and turned once, by the heading at its centre.
	 */
	private static double forward(double[][] level, boolean[] running, int n, SlowSignal cos, SlowSignal sin,
			double rate, int step) {
		double[] ax = level[0], ay = level[1], az = level[2];
		int lag = Math.max(1, (int) Math.round(0.02 * rate));
		int block = cos.block;
		double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0, bx = 0, by = 0;
		int count = 0;
		for (int k = 0; k < cos.blocks(); k++) {
			double lx = 0, ly = 0, lxx = 0, lyy = 0, lxy = 0, rx = 0, ry = 0;
			int m = 0;
			for (int i = Math.max(lag, k * block), end = Math.min(n - Math.max(lag, step), (k + 1) * block); i < end;
					i++) {
				if (!running[i] || !running[i + step]) {
					continue;
				}
				double x = ax[i];
				double y = ay[i];
				double xn = ax[i + step];
				double yn = ay[i + step];
				double rise = az[i + lag] - az[i - lag];
				lx += x + xn;
				ly += y + yn;
				lxx += x * xn;
				lyy += y * yn;
				lxy += 0.5 * (x * yn + y * xn);
				rx += x * rise;
				ry += y * rise;
				m++;
			}
			if (m == 0) {
				continue;
			}
			double c = cos.values[k];
			double s = sin.values[k];
			// (fx, fy) = (c x + s y, −s x + c y), summed
			sx += c * lx + s * ly;
			sy += -s * lx + c * ly;
			sxx += c * c * lxx + 2 * c * s * lxy + s * s * lyy;
			syy += s * s * lxx - 2 * c * s * lxy + c * c * lyy;
			sxy += c * s * (lyy - lxx) + (c * c - s * s) * lxy;
			bx += c * rx + s * ry;
			by += -s * rx + c * ry;
			count += m;
		}
		// the means (over both ends of each pair) taken out
		double mx = sx / (2 * count), my = sy / (2 * count);
		double cxx = sxx - count * mx * mx;
		double cyy = syy - count * my * my;
		double cxy = sxy - count * mx * my;
		double alpha = 0.5 * Math.atan2(2 * cxy, cxx - cyy);
		// braking: forward acceleration and the rise of vertical acceleration have opposite signs
		return Math.cos(alpha) * bx + Math.sin(alpha) * by > 0 ? alpha + Math.PI : alpha;
	}
}
