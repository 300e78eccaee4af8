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

	/** Room for n samples from the workspace. */
	PelvisAngles(Workspace work, int n) {
		this.tilt = work.doubles(n);
		this.obliquity = work.doubles(n);
		this.rotation = work.doubles(n);
		this.lateral = work.doubles(n);
	}

	static PelvisAngles of(Attitude q, PelvisFrame frame, double[][] level) {
		return of(q, frame, level, new PelvisAngles(q.size()));
	}

	/** Fills {@code a}, which has room for every sample of {@code q}, and returns it. */
	static PelvisAngles of(Attitude q, PelvisFrame frame, double[][] level, PelvisAngles a) {
		int n = q.size();
		double[] p = frame.quaternion;
		double pw = p[0], px = p[1], py = p[2], pz = p[3];
		for (int i = 0; i < n; i++) {
			double qw = q.w[i], qx = q.x[i], qy = q.y[i], qz = q.z[i];
			// the pelvis in the level frame, q ⊗ p, and the entries of its rotation matrix the angles need
			double w = qw * pw - qx * px - qy * py - qz * pz;
			double x = qw * px + qx * pw + qy * pz - qz * py;
			double y = qw * py - qx * pz + qy * pw + qz * px;
			double z = qw * pz + qx * py - qy * px + qz * pw;
			double a01 = 2 * (x * y - w * z);
			double a11 = 1 - 2 * (x * x + z * z);
			double a21 = 2 * (y * z + w * x);
			double a20 = 2 * (x * z - w * y);
			double a22 = 1 - 2 * (x * x + y * y);
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
