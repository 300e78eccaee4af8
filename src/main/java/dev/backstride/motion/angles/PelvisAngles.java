package dev.backstride.motion.angles;

import dev.backstride.motion.attitude.Attitude;
import dev.backstride.motion.preparation.Workspace;

/**
 * Pelvis angles at every sample, in degrees, relative to a level frame facing the direction of travel,
 * decomposed as rotation, then obliquity, then tilt (Baker 2001; intrinsic z, x, y), so that
 * R = Rz(rotation) · Rx(obliquity) · Ry(tilt). Tilt is positive anterior (nose of the pelvis down),
 * obliquity positive when the right side is lower, rotation positive when the pelvis turns left (right
 * side forward).
 */
public final class PelvisAngles {

	private static final double DEGREES = 180 / Math.PI;

	public final double[] tilt, obliquity, rotation;

	/** Sideways acceleration in the travel frame, m/s², positive to the left. */
	public final double[] lateral;

	private PelvisAngles(double[] tilt, double[] obliquity, double[] rotation, double[] lateral) {
		this.tilt = tilt;
		this.obliquity = obliquity;
		this.rotation = rotation;
		this.lateral = lateral;
	}

	/**
	 * The angles of every sample of {@code q}, in arrays from the workspace.
	 * <p>
	 * Done as a few plain loops over whole arrays, each of which the JIT turns into vector instructions:
	 * the heading per sample, the pelvis orientation q ⊗ p, the arguments of each angle, and the series of
	 * {@link Angles} for them. Pelvis angles stay within 15° of the running posture, where the series
	 * hold; a last pass finds the rare sample outside and works it out in full.
	 */
	public static PelvisAngles of(Attitude q, PelvisFrame frame, double[][] level, Workspace work) {
		int n = q.size();
		PelvisAngles angles = new PelvisAngles(work.doubles(n), work.doubles(n), work.doubles(n), work.doubles(n));
		int mark = work.mark();
		double[] cos = work.doubles(n);
		double[] sin = work.doubles(n);
		frame.headings(cos, sin, n);
		double[] lateral = angles.lateral;
		double[] lx = level[0];
		double[] ly = level[1];
		for (int i = 0; i < n; i++) {
			lateral[i] = -sin[i] * lx[i] + cos[i] * ly[i];
		}
		double[] p = frame.quaternion;
		double[] w = compose(q, p[0], -p[1], -p[2], -p[3], work);
		double[] x = compose(q, p[1], p[0], p[3], -p[2], work);
		double[] y = compose(q, p[2], -p[3], p[0], p[1], work);
		double[] z = compose(q, p[3], p[2], -p[1], p[0], work);
		// arguments: the tangent of tilt, of rotation from the direction of travel, the sine of obliquity
		double[] tiltTangent = work.doubles(n);
		double[] rotationTangent = work.doubles(n);
		double[] obliquitySine = work.doubles(n);
		for (int i = 0; i < n; i++) {
			double a20 = 2 * (x[i] * z[i] - w[i] * y[i]);
			double a22 = 1 - 2 * (x[i] * x[i] + y[i] * y[i]);
			// 0 · √a22 is 0, or NaN when a22 < 0: then the ratio is NaN and the mending pass takes it
			tiltTangent[i] = -a20 / a22 + 0 * Math.sqrt(a22);
		}
		for (int i = 0; i < n; i++) {
			double a01 = 2 * (x[i] * y[i] - w[i] * z[i]);
			double a11 = 1 - 2 * (x[i] * x[i] + z[i] * z[i]);
			// turned to face the direction of travel: Rz(−heading) · A
			double b01 = cos[i] * a01 + sin[i] * a11;
			double b11 = cos[i] * a11 - sin[i] * a01;
			rotationTangent[i] = -b01 / b11 + 0 * Math.sqrt(b11);
		}
		for (int i = 0; i < n; i++) {
			obliquitySine[i] = 2 * (y[i] * z[i] + w[i] * x[i]);
		}
		Angles.atanSeries(tiltTangent, angles.tilt, n, DEGREES);
		Angles.atanSeries(rotationTangent, angles.rotation, n, DEGREES);
		Angles.asinSeries(obliquitySine, angles.obliquity, n, DEGREES);
		for (int i = 0; i < n; i++) {
			// written so that NaN fails each test
			if (!(Math.abs(tiltTangent[i]) <= Angles.ATAN_SERIES_LIMIT)
					|| !(Math.abs(rotationTangent[i]) <= Angles.ATAN_SERIES_LIMIT)
					|| !(Math.abs(obliquitySine[i]) <= Angles.ASIN_SERIES_LIMIT)) {
				angles.workOut(i, q, frame, cos[i], sin[i]);
			}
		}
		work.release(mark);
		return angles;
	}

	/** One component of q ⊗ p for every sample, given the factors of q's w, x, y and z in it. */
	private static double[] compose(Attitude q, double fw, double fx, double fy, double fz, Workspace work) {
		int n = q.size();
		double[] out = work.doubles(n);
		double[] w = q.w, x = q.x, y = q.y, z = q.z;
		for (int i = 0; i < n; i++) {
			out[i] = w[i] * fw + x[i] * fx + y[i] * fy + z[i] * fz;
		}
		return out;
	}

	/** The three angles of sample i in full, whatever their size. */
	private void workOut(int i, Attitude q, PelvisFrame frame, double c, double s) {
		double[] p = frame.quaternion;
		double qw = q.w[i], qx = q.x[i], qy = q.y[i], qz = q.z[i];
		double w = qw * p[0] - qx * p[1] - qy * p[2] - qz * p[3];
		double x = qw * p[1] + qx * p[0] + qy * p[3] - qz * p[2];
		double y = qw * p[2] - qx * p[3] + qy * p[0] + qz * p[1];
		double z = qw * p[3] + qx * p[2] - qy * p[1] + qz * p[0];
		double a01 = 2 * (x * y - w * z);
		double a11 = 1 - 2 * (x * x + z * z);
		double a21 = 2 * (y * z + w * x);
		double a20 = 2 * (x * z - w * y);
		double a22 = 1 - 2 * (x * x + y * y);
		double b01 = c * a01 + s * a11;
		double b11 = -s * a01 + c * a11;
		this.obliquity[i] = Angles.asin(a21 > 1 ? 1 : a21 < -1 ? -1 : a21) * DEGREES;
		this.rotation[i] = Angles.atan2(-b01, b11) * DEGREES;
		this.tilt[i] = Angles.atan2(-a20, a22) * DEGREES;
	}

}
