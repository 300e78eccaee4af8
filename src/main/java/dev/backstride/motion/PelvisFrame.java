package dev.backstride.motion;

/**
 * Where the pelvis axes sit in the phone, found from the running itself, so the phone may be worn any
 * way round (screen in or out, upside down, tilted, landscape).
 * <p>
 * Up is the mean direction of gravity in the phone while running. Forward is the principal axis of
 * horizontal acceleration (runners brake and push off along their path far more than they sway),
 * measured in a frame that follows the pelvis' smoothed heading, so turns and gyroscope drift about the
 * vertical do not smear it. Its sign comes from braking: at each contact the vertical acceleration rises
 * while the forward acceleration is negative.
 */
final class PelvisFrame {

	/** Phone coordinates of the pelvis axes: columns x (forward), y (left), z (up), row-major. */
	final double[] axes;

	/**
	 * Direction of travel in the level frame (cos, sin of the heading), per block of samples: it turns
	 * slowly, so it is read at each sample by interpolation instead of being stored per sample.
	 */
	private final SlowSignal headingCos, headingSin;

	private PelvisFrame(double[] axes, SlowSignal headingCos, SlowSignal headingSin) {
		this.axes = axes;
		this.headingCos = headingCos;
		this.headingSin = headingSin;
	}

	/** A frame with a steady heading, in radians. */
	static PelvisFrame facing(double[] axes, double heading) {
		SlowSignal cos = new SlowSignal(1, 1);
		SlowSignal sin = new SlowSignal(1, 1);
		cos.values[0] = Math.cos(heading);
		sin.values[0] = Math.sin(heading);
		return new PelvisFrame(axes, cos, sin);
	}

	/** Where sample i sits between the heading blocks, for {@link #cos} and {@link #sin}. */
	double position(int sample) {
		return this.headingCos.position(sample);
	}

	/** Cosine of the heading of travel at a {@link #position}. */
	double cos(double position) {
		return SlowSignal.at(this.headingCos.values, position);
	}

	/** Sine of the heading of travel at a {@link #position}. */
	double sin(double position) {
		return SlowSignal.at(this.headingSin.values, position);
	}

	static PelvisFrame fit(Attitude q, double[][] level, boolean[] running, double windowSeconds, double rate) {
		int n = q.size();
		SlowSignal hx = new SlowSignal(n, rate);
		SlowSignal hy = new SlowSignal(n, rate);
		// the first two rows of the rotation summed per block: the heading of any phone axis follows
		double[][] rows = new double[6][hx.blocks()];
		double[] up = sums(q, running, hx.block, rows);
		double[] x0 = perpendicular(up);
		double[] y0 = cross(up, x0);
		for (int k = 0; k < hx.blocks(); k++) {
			hx.values[k] = rows[0][k] * x0[0] + rows[1][k] * x0[1] + rows[2][k] * x0[2];
			hy.values[k] = rows[3][k] * x0[0] + rows[4][k] * x0[1] + rows[5][k] * x0[2];
		}
		double[] scratch = new double[hx.blocks()];
		hx.smooth(windowSeconds, rate, scratch);
		hy.smooth(windowSeconds, rate, scratch);
		for (int k = 0; k < hx.blocks(); k++) {
			double norm = Math.sqrt(hx.values[k] * hx.values[k] + hy.values[k] * hy.values[k]);
			hx.values[k] /= norm;
			hy.values[k] /= norm;
		}
		double alpha = forward(level, running, hx, hy, rate);
		double ca = Math.cos(alpha);
		double sa = Math.sin(alpha);
		// turning each block turns its interpolation alike
		for (int k = 0; k < hx.blocks(); k++) {
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
	 * One pass over the orientation: the mean of the level frame's up axis seen from the phone while
	 * running (third row of the rotation), returned, and the first two rows summed per block into
	 * {@code rows}.
	 */
	private static double[] sums(Attitude q, boolean[] running, int block, double[][] rows) {
		double ux = 0, uy = 0, uz = 0;
		for (int b = 0, i = 0; b < rows[0].length; b++) {
			double r00 = 0, r01 = 0, r02 = 0, r10 = 0, r11 = 0, r12 = 0;
			for (int end = Math.min(q.size(), i + block); i < end; i++) {
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

	/** Angle of forward travel from the smoothed heading: principal axis, sign from braking. */
	private static double forward(double[][] level, boolean[] running, SlowSignal cos, SlowSignal sin,
			double rate) {
		double[] ax = level[0], ay = level[1], az = level[2];
		int lag = Math.max(1, (int) Math.round(0.02 * rate));
		double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0, bx = 0, by = 0;
		int count = 0;
		for (int i = lag; i < ax.length - lag; i++) {
			if (!running[i]) {
				continue;
			}
			double p = cos.position(i);
			double c = SlowSignal.at(cos.values, p);
			double s = SlowSignal.at(sin.values, p);
			double fx = c * ax[i] + s * ay[i];
			double fy = -s * ax[i] + c * ay[i];
			sx += fx;
			sy += fy;
			sxx += fx * fx;
			syy += fy * fy;
			sxy += fx * fy;
			double rise = az[i + lag] - az[i - lag];
			bx += fx * rise;
			by += fy * rise;
			count++;
		}
		double cxx = sxx - sx * sx / count;
		double cyy = syy - sy * sy / count;
		double cxy = sxy - sx * sy / count;
		double alpha = 0.5 * Math.atan2(2 * cxy, cxx - cyy);
		// braking: forward acceleration and the rise of vertical acceleration have opposite signs
		return Math.cos(alpha) * bx + Math.sin(alpha) * by > 0 ? alpha + Math.PI : alpha;
	}

}
