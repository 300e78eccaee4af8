package dev.backstride.motion;

/**
 * A recording resampled by linear interpolation to a uniform rate, acceleration in m/s². Sample i
 * sits at {@code t0 + i / rate}. Samples bridged across a gap in the input are marked so that no
 * stride is measured over invented data.
 */
final class UniformSamples {

	/** Input intervals longer than this (or five sample periods) count as gaps. */
	static final double GAP_SECONDS = 0.1;

	private static final double MAXIMUM_RATE = 200;

	final double t0;

	final double rate;

	final int size;

	final double[] ax, ay, az, gx, gy, gz;

	/**
	 * Seconds either side of a gap in which no stride is measured: the orientation there leans on
	 * the missing data through the low-pass (three passes of a two-second window).
	 */
	static final double GAP_MARGIN_SECONDS = 3;

	/** {@code gap[i]} is true where sample i was interpolated across a gap or lies near one. */
	final boolean[] gap;

	/** Where this and the later stages of the analysis take their arrays from. */
	final Workspace work;

	private UniformSamples(double t0, double rate, int size, Workspace work) {
		this.t0 = t0;
		this.rate = rate;
		this.size = size;
		this.ax = work.doubles(size);
		this.ay = work.doubles(size);
		this.az = work.doubles(size);
		this.gx = work.doubles(size);
		this.gy = work.doubles(size);
		this.gz = work.doubles(size);
		this.gap = work.clearedFlags(size);
		this.work = work;
	}

	/**
	 * Resamples at the measured rate rounded to whole hertz (at most 200 Hz: pelvis motion has nothing
	 * above 20 Hz, and the cost grows with the rate). The arrays come from a {@link Workspace}, to be
	 * given back when the analysis is done.
	 */
	static UniformSamples of(ImuRecording r, double measuredRate, double accelerationScale) {
		double rate = Math.min(MAXIMUM_RATE, Math.max(1, Math.rint(measuredRate)));
		double[] t = r.t();
		int size = (int) Math.floor((t[t.length - 1] - t[0]) * rate) + 1;
		UniformSamples s = new UniformSamples(t[0], rate, size, Workspace.take());
		double gapLimit = Math.max(GAP_SECONDS, 5 / measuredRate);
		int j = 0;
		for (int i = 0; i < size; i++) {
			double ti = t[0] + i / rate;
			while (j < t.length - 2 && t[j + 1] <= ti) {
				j++;
			}
			double span = t[j + 1] - t[j];
			double w = Math.min(1, Math.max(0, (ti - t[j]) / span));
			double v = 1 - w;
			s.ax[i] = (v * r.ax()[j] + w * r.ax()[j + 1]) * accelerationScale;
			s.ay[i] = (v * r.ay()[j] + w * r.ay()[j + 1]) * accelerationScale;
			s.az[i] = (v * r.az()[j] + w * r.az()[j + 1]) * accelerationScale;
			s.gx[i] = v * r.gx()[j] + w * r.gx()[j + 1];
			s.gy[i] = v * r.gy()[j] + w * r.gy()[j + 1];
			s.gz[i] = v * r.gz()[j] + w * r.gz()[j + 1];
			s.gap[i] = span > gapLimit;
		}
		s.widenGaps((int) Math.ceil(GAP_MARGIN_SECONDS * rate));
		return s;
	}

	private void widenGaps(int margin) {
		int lastGap = Integer.MIN_VALUE / 2;
		boolean[] wide = this.work.clearedFlags(this.size);
		for (int i = 0; i < this.size; i++) {
			if (this.gap[i]) {
				lastGap = i;
				java.util.Arrays.fill(wide, Math.max(0, i - margin), i, true);
			}
			wide[i] = i - lastGap <= margin;
		}
		System.arraycopy(wide, 0, this.gap, 0, this.size);
	}

	/**
	 * These samples averaged in groups of {@code factor}: a recording at a lower rate, for estimates that
	 * do not need every sample, in the same workspace. Its gap marks are left clear.
	 */
	UniformSamples averaged(int factor) {
		int n = this.size / factor;
		UniformSamples c = new UniformSamples(this.t0 + (factor - 1) * 0.5 / this.rate, this.rate / factor, n,
				this.work);
		double k = 1.0 / factor;
		for (int i = 0, j = 0; i < n; i++) {
			double sax = 0, say = 0, saz = 0, sgx = 0, sgy = 0, sgz = 0;
			for (int end = j + factor; j < end; j++) {
				sax += this.ax[j];
				say += this.ay[j];
				saz += this.az[j];
				sgx += this.gx[j];
				sgy += this.gy[j];
				sgz += this.gz[j];
			}
			c.ax[i] = sax * k;
			c.ay[i] = say * k;
			c.az[i] = saz * k;
			c.gx[i] = sgx * k;
			c.gy[i] = sgy * k;
			c.gz[i] = sgz * k;
		}
		return c;
	}

	double seconds(double index) {
		return this.t0 + index / this.rate;
	}

}
