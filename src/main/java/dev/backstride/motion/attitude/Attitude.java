package dev.backstride.motion.attitude;

import dev.backstride.motion.preparation.Workspace;

/**
 * Orientation of the phone at each uniform sample, as unit quaternions (w, x, y, z) that turn phone
 * coordinates into a level frame: z up, heading arbitrary (it may drift slowly; the pelvis frame takes
 * the heading from the running direction later).
 */
public final class Attitude {

	public final double[] w, x, y, z;

	private final int size;

	public Attitude(int size) {
		this(new double[size], new double[size], new double[size], new double[size], size);
	}

	/** Room for {@code size} samples from the workspace. */
	public Attitude(Workspace work, int size) {
		this(work.doubles(size), work.doubles(size), work.doubles(size), work.doubles(size), size);
	}

	/** Over existing arrays, of which the first {@code size} samples count. */
	public Attitude(double[] w, double[] x, double[] y, double[] z, int size) {
		this.w = w;
		this.x = x;
		this.y = y;
		this.z = z;
		this.size = size;
	}

	public int size() {
		return this.size;
	}

	/**
	 * Turns each phone-frame acceleration into the level frame: out[0..2] = x, y, z. One plain loop per
	 * axis, each of which the JIT turns into vector instructions; v' = v + w t + q × t with t = 2 q × v.
	 */
	public void toLevel(double[] ax, double[] ay, double[] az, double[][] out) {
		double[] qw = this.w, qx = this.x, qy = this.y, qz = this.z;
		double[] ox = out[0];
		double[] oy = out[1];
		double[] oz = out[2];
		int n = this.size;
		for (int i = 0; i < n; i++) {
			double ty = 2 * (qz[i] * ax[i] - qx[i] * az[i]);
			double tz = 2 * (qx[i] * ay[i] - qy[i] * ax[i]);
			double tx = 2 * (qy[i] * az[i] - qz[i] * ay[i]);
			ox[i] = ax[i] + qw[i] * tx + (qy[i] * tz - qz[i] * ty);
		}
		for (int i = 0; i < n; i++) {
			double tx = 2 * (qy[i] * az[i] - qz[i] * ay[i]);
			double ty = 2 * (qz[i] * ax[i] - qx[i] * az[i]);
			double tz = 2 * (qx[i] * ay[i] - qy[i] * ax[i]);
			oy[i] = ay[i] + qw[i] * ty + (qz[i] * tx - qx[i] * tz);
		}
		for (int i = 0; i < n; i++) {
			double tx = 2 * (qy[i] * az[i] - qz[i] * ay[i]);
			double ty = 2 * (qz[i] * ax[i] - qx[i] * az[i]);
			double tz = 2 * (qx[i] * ay[i] - qy[i] * ax[i]);
			oz[i] = az[i] + qw[i] * tz + (qx[i] * ty - qy[i] * tx);
		}
	}

	/**
	 * Sets sample i to the shortest rotation that turns the direction (x, y, z) to straight up, which
	 * is how a gravity reading becomes a level frame.
	 */
	public void levelFrom(int i, double x, double y, double z) {
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

	public void set(int i, double qw, double qx, double qy, double qz) {
		this.w[i] = qw;
		this.x[i] = qx;
		this.y[i] = qy;
		this.z[i] = qz;
	}

}
