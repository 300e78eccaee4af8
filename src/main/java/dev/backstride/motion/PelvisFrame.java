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

	/** Direction of travel in the level frame at each sample (cos, sin of the heading). */
	final double[] headingCos, headingSin;

	PelvisFrame(double[] axes, double[] headingCos, double[] headingSin) {
		this.axes = axes;
		this.headingCos = headingCos;
		this.headingSin = headingSin;
	}

	static PelvisFrame fit(Attitude q, double[][] level, boolean[] running, double windowSeconds, double rate) {
		double[] up = meanUp(q, running);
		double[] x0 = perpendicular(up);
		double[] y0 = cross(up, x0);
		int n = q.size();
		SlowSignal hx = new SlowSignal(n, rate);
		SlowSignal hy = new SlowSignal(n, rate);
		for (int i = 0; i < n; i++) {
			double w = q.w[i], x = q.x[i], y = q.y[i], z = q.z[i];
			hx.add(i, (1 - 2 * (y * y + z * z)) * x0[0] + 2 * (x * y - w * z) * x0[1] + 2 * (x * z + w * y) * x0[2]);
			hy.add(i, 2 * (x * y + w * z) * x0[0] + (1 - 2 * (x * x + z * z)) * x0[1] + 2 * (y * z - w * x) * x0[2]);
		}
		double[] scratch = new double[hx.blocks()];
		hx.smooth(windowSeconds, rate, scratch);
		hy.smooth(windowSeconds, rate, scratch);
		for (int k = 0; k < hx.blocks(); k++) {
			double norm = Math.sqrt(hx.values[k] * hx.values[k] + hy.values[k] * hy.values[k]);
			hx.values[k] /= norm;
			hy.values[k] /= norm;
		}
		double[] cos = new double[n];
		double[] sin = new double[n];
		for (int i = 0; i < n; i++) {
			double p = hx.position(i);
			cos[i] = SlowSignal.at(hx.values, p);
			sin[i] = SlowSignal.at(hy.values, p);
		}
		double alpha = forward(level, running, cos, sin, rate);
		double ca = Math.cos(alpha);
		double sa = Math.sin(alpha);
		for (int i = 0; i < n; i++) {
			double c = cos[i];
			cos[i] = c * ca - sin[i] * sa;
			sin[i] = sin[i] * ca + c * sa;
		}
		double[] axes = new double[9];
		for (int r = 0; r < 3; r++) {
			axes[3 * r] = ca * x0[r] + sa * y0[r];
			axes[3 * r + 1] = -sa * x0[r] + ca * y0[r];
			axes[3 * r + 2] = up[r];
		}
		return new PelvisFrame(axes, cos, sin);
	}

	/** Mean of the level frame's up axis seen from the phone (third row of the rotation). */
	private static double[] meanUp(Attitude q, boolean[] running) {
		double ux = 0, uy = 0, uz = 0;
		for (int i = 0; i < q.size(); i++) {
			if (running[i]) {
				double w = q.w[i], x = q.x[i], y = q.y[i], z = q.z[i];
				ux += 2 * (x * z - w * y);
				uy += 2 * (y * z + w * x);
				uz += 1 - 2 * (x * x + y * y);
			}
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
	private static double forward(double[][] level, boolean[] running, double[] cos, double[] sin,
			double rate) {
		double[] ax = level[0], ay = level[1], az = level[2];
		int lag = Math.max(1, (int) Math.round(0.02 * rate));
		double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0, bx = 0, by = 0;
		int count = 0;
		for (int i = lag; i < ax.length - lag; i++) {
			if (!running[i]) {
				continue;
			}
			double fx = cos[i] * ax[i] + sin[i] * ay[i];
			double fy = -sin[i] * ax[i] + cos[i] * ay[i];
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
