package dev.backstride.motion;

/** 3×3 rotation matrices, row-major double[9], for building and checking test data. */
final class Rotations {

	private Rotations() {
	}

	static double[] aboutX(double a) {
		double c = Math.cos(a), s = Math.sin(a);
		return new double[] { 1, 0, 0, 0, c, -s, 0, s, c };
	}

	static double[] aboutY(double a) {
		double c = Math.cos(a), s = Math.sin(a);
		return new double[] { c, 0, s, 0, 1, 0, -s, 0, c };
	}

	static double[] aboutZ(double a) {
		double c = Math.cos(a), s = Math.sin(a);
		return new double[] { c, -s, 0, s, c, 0, 0, 0, 1 };
	}

	/** Rz(rotation) · Rx(obliquity) · Ry(tilt), angles in radians. */
	static double[] pelvis(double rotation, double obliquity, double tilt) {
		return times(aboutZ(rotation), times(aboutX(obliquity), aboutY(tilt)));
	}

	static double[] times(double[] a, double[] b) {
		double[] c = new double[9];
		for (int r = 0; r < 3; r++) {
			for (int k = 0; k < 3; k++) {
				double v = a[3 * r + k];
				for (int j = 0; j < 3; j++) {
					c[3 * r + j] += v * b[3 * k + j];
				}
			}
		}
		return c;
	}

	static double[] transpose(double[] a) {
		return new double[] { a[0], a[3], a[6], a[1], a[4], a[7], a[2], a[5], a[8] };
	}

	static double[] apply(double[] m, double x, double y, double z) {
		return new double[] { m[0] * x + m[1] * y + m[2] * z, m[3] * x + m[4] * y + m[5] * z,
				m[6] * x + m[7] * y + m[8] * z };
	}

	/** Columns are where the phone's x, y and z axes point, in pelvis coordinates. */
	static double[] columns(double[] x, double[] y, double[] z) {
		return new double[] { x[0], y[0], z[0], x[1], y[1], z[1], x[2], y[2], z[2] };
	}

	/** Unit quaternion (w, x, y, z) of a rotation matrix (Shepperd's method). */
	static double[] quaternion(double[] m) {
		double trace = m[0] + m[4] + m[8];
		double w, x, y, z;
		if (trace > 0) {
			double s = 2 * Math.sqrt(1 + trace);
			w = s / 4;
			x = (m[7] - m[5]) / s;
			y = (m[2] - m[6]) / s;
			z = (m[3] - m[1]) / s;
		}
		else if (m[0] > m[4] && m[0] > m[8]) {
			double s = 2 * Math.sqrt(1 + m[0] - m[4] - m[8]);
			w = (m[7] - m[5]) / s;
			x = s / 4;
			y = (m[1] + m[3]) / s;
			z = (m[2] + m[6]) / s;
		}
		else if (m[4] > m[8]) {
			double s = 2 * Math.sqrt(1 + m[4] - m[0] - m[8]);
			w = (m[2] - m[6]) / s;
			x = (m[1] + m[3]) / s;
			y = s / 4;
			z = (m[5] + m[7]) / s;
		}
		else {
			double s = 2 * Math.sqrt(1 + m[8] - m[0] - m[4]);
			w = (m[3] - m[1]) / s;
			x = (m[2] + m[6]) / s;
			y = (m[5] + m[7]) / s;
			z = s / 4;
		}
		return new double[] { w, x, y, z };
	}

}
