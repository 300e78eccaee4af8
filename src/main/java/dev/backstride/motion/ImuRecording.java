package dev.backstride.motion;

/**
 * One recording from a phone worn at the lower back, in the phone's own frame, as parallel arrays
 * (one entry per sample) so that an hour at 100 Hz stays a few flat arrays rather than millions of
 * objects.
 *
 * @param t seconds since an arbitrary origin
 * @param ax acceleration including gravity, m/s², phone x
 * @param ay acceleration including gravity, m/s², phone y
 * @param az acceleration including gravity, m/s², phone z
 * @param gx rotation rate, rad/s, about phone x
 * @param gy rotation rate, rad/s, about phone y
 * @param gz rotation rate, rad/s, about phone z
 */
public record ImuRecording(double[] t, double[] ax, double[] ay, double[] az, double[] gx, double[] gy,
		double[] gz) {

	public ImuRecording {
		int n = t.length;
		if (ax.length != n || ay.length != n || az.length != n || gx.length != n || gy.length != n
				|| gz.length != n) {
			throw new IllegalArgumentException("all channels need one value per time stamp (" + n + ")");
		}
	}

	public int size() {
		return this.t.length;
	}

	/** Seconds from the first to the last sample, 0 for fewer than two samples. */
	public double durationSeconds() {
		return this.t.length < 2 ? 0 : this.t[this.t.length - 1] - this.t[0];
	}

}
