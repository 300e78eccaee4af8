package dev.backstride.motion;

/**
 * Pelvis angles at every sample, in degrees, relative to a level frame facing the direction of travel,
 * decomposed as rotation, then obliquity, then tilt (Baker 2001; intrinsic z, x, y), so that
 * R = Rz(rotation) · Rx(obliquity) · Ry(tilt). Tilt is positive anterior (nose of the pelvis down),
 * obliquity positive when the right side is lower, rotation positive when the pelvis turns left (right
 * side forward).
 */
final class PelvisAngles {

	private static final double DEGREES = 180 / Math.PI;

	final double[] tilt, obliquity, rotation;

	/** Sideways acceleration in the travel frame, m/s², positive to the left. */
	final double[] lateral;

	PelvisAngles(int n) {
		this.tilt = new double[n];
		this.obliquity = new double[n];
		this.rotation = new double[n];
		this.lateral = new double[n];
	}

	static PelvisAngles of(Attitude q, PelvisFrame frame, double[][] level) {
		return of(q, frame, level, new PelvisAngles(q.size()));
	}

	/** Fills {@code a}, which has room for every sample of {@code q}, and returns it. */
	static PelvisAngles of(Attitude q, PelvisFrame frame, double[][] level, PelvisAngles a) {
		int n = q.size();
		double[] p = frame.axes;
		for (int i = 0; i < n; i++) {
			double w = q.w[i], x = q.x[i], y = q.y[i], z = q.z[i];
			double r00 = 1 - 2 * (y * y + z * z), r01 = 2 * (x * y - w * z), r02 = 2 * (x * z + w * y);
			double r10 = 2 * (x * y + w * z), r11 = 1 - 2 * (x * x + z * z), r12 = 2 * (y * z - w * x);
			double r20 = 2 * (x * z - w * y), r21 = 2 * (y * z + w * x), r22 = 1 - 2 * (x * x + y * y);
			// the pelvis axes in the level frame: A = R · P, only the entries the angles need
			double a01 = r00 * p[1] + r01 * p[4] + r02 * p[7];
			double a11 = r10 * p[1] + r11 * p[4] + r12 * p[7];
			double a21 = r20 * p[1] + r21 * p[4] + r22 * p[7];
			double a20 = r20 * p[0] + r21 * p[3] + r22 * p[6];
			double a22 = r20 * p[2] + r21 * p[5] + r22 * p[8];
			double at = frame.position(i);
			double c = frame.cos(at);
			double s = frame.sin(at);
			// turn to face the direction of travel: Rz(-heading) · A
			double b01 = c * a01 + s * a11;
			double b11 = -s * a01 + c * a11;
			a.obliquity[i] = Angles.asin(a21 > 1 ? 1 : a21 < -1 ? -1 : a21) * DEGREES;
			a.rotation[i] = Angles.atan2(-b01, b11) * DEGREES;
			a.tilt[i] = Angles.atan2(-a20, a22) * DEGREES;
			a.lateral[i] = -s * level[0][i] + c * level[1][i];
		}
		return a;
	}

}
