package dev.backstride.motion;

/**
 * Orientation of the phone at each uniform sample, as unit quaternions (w, x, y, z) that turn phone
 * coordinates into a level frame: z up, heading arbitrary (it may drift slowly; the pelvis frame takes
 * the heading from the running direction later).
 */
final class Attitude {

	final double[] w, x, y, z;

	private final int size;

	Attitude(int size) {
		this(new double[size], new double[size], new double[size], new double[size], size);
	}

	/** Room for {@code size} samples from the workspace. */
	Attitude(Workspace work, int size) {
		this(work.doubles(size), work.doubles(size), work.doubles(size), work.doubles(size), size);
	}

	private Attitude(double[] w, double[] x, double[] y, double[] z, int size) {
		this.w = w;
		this.x = x;
		this.y = y;
		this.z = z;
		this.size = size;
	}

	int size() {
		return this.size;
	}

	/** Turns each phone-frame acceleration into the level frame: out[0..2] = x, y, z. */
	void toLevel(double[] ax, double[] ay, double[] az, double[][] out) {
		double[] ox = out[0];
		double[] oy = out[1];
		double[] oz = out[2];
		for (int i = 0; i < this.size; i++) {
			double qw = this.w[i];
			double qx = this.x[i];
			double qy = this.y[i];
			double qz = this.z[i];
			double vx = ax[i];
			double vy = ay[i];
			double vz = az[i];
			// v' = v + w t + q × t with t = 2 q × v
			double tx = 2 * (qy * vz - qz * vy);
			double ty = 2 * (qz * vx - qx * vz);
			double tz = 2 * (qx * vy - qy * vx);
			ox[i] = vx + qw * tx + (qy * tz - qz * ty);
			oy[i] = vy + qw * ty + (qz * tx - qx * tz);
			oz[i] = vz + qw * tz + (qx * ty - qy * tx);
		}
	}

	/**
	 * Sets sample i to the shortest rotation that turns the direction (x, y, z) to straight up, which
	 * is how a gravity reading becomes a level frame.
	 */
	void levelFrom(int i, double x, double y, double z) {
		double norm = Math.sqrt(x * x + y * y + z * z);
		double ux = x / norm;
		double uy = y / norm;
		double uz = z / norm;
		if (uz < -0.999999) {
			set(i, 0, 1, 0, 0);
			return;
		}
		double qw = 1 + uz;
		double k = 1 / Math.sqrt(qw * qw + uy * uy + ux * ux);
		set(i, qw * k, uy * k, -ux * k, 0);
	}

	void set(int i, double qw, double qx, double qy, double qz) {
		this.w[i] = qw;
		this.x[i] = qx;
		this.y[i] = qy;
		this.z[i] = qz;
	}

}
