package dev.backstride.motion.preparation;

import dev.backstride.motion.ImuRecording;

/**
 * A recording resampled by linear interpolation to a uniform rate, acceleration in m/s². Sample i
 * sits at {@code t0 + i / rate}. Samples bridged across a gap in the input are marked so that no
 * stride is measured over invented data.
 */
public final class UniformSamples {

	/** Input intervals longer than this (or five sample periods) count as gaps. */
	public static final double GAP_SECONDS = 0.1;

	private static final double MAXIMUM_RATE = 200;

	public final double t0;

	public final double rate;

	public final int size;

	public final double[] ax, ay, az, gx, gy, gz;

	/**
	 * Seconds either side of a gap in which no stride is measured: the orientation there leans on
	 * the missing data through the low-pass (three passes of a two-second window).
	 */
	public static final double GAP_MARGIN_SECONDS = 3;

	/** {@code gap[i]} is true where sample i was interpolated across a gap or lies near one. */
	public final boolean[] gap;

	/** Where this and the later stages of the analysis take their arrays from. */
	public final Workspace work;

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
	 * above 20 Hz, and the cost grows with the rate). A recording well above that rate is averaged over a
	 * window of two output periods around each output sample instead of interpolated, so that vibration
	 * above the new Nyquist frequency does not fold back into the signal. The arrays come from a
	 * {@link Workspace}, to be given back when the analysis is done.
	 */
	public static UniformSamples of(ImuRecording r, double measuredRate, double accelerationScale) {
		double rate = rateFor(measuredRate);
		double[] t = r.t();
		int size = (int) Math.floor((t[t.length - 1] - t[0]) * rate) + 1;
		UniformSamples s = new UniformSamples(t[0], rate, size, Workspace.take());
		double[][] in = { r.ax(), r.ay(), r.az(), r.gx(), r.gy(), r.gz() };
		double[][] out = { s.ax, s.ay, s.az, s.gx, s.gy, s.gz };
		s.interpolate(t, in, out, Math.max(GAP_SECONDS, 5 / measuredRate));
		if (measuredRate > DOWNSAMPLING * rate) {
			s.average(t, in, out);
		}
		if (accelerationScale != 1) {
			for (int c = 0; c < 3; c++) {
				double[] a = out[c];
				for (int i = 0; i < size; i++) {
					a[i] *= accelerationScale;
				}
			}
		}
		s.widenGaps((int) Math.ceil(GAP_MARGIN_SECONDS * rate));
		return s;
	}

	/** The uniform rate for a recording measured at {@code measuredRate}: whole hertz, at most 200. */
	public static double rateFor(double measuredRate) {
		return Math.min(MAXIMUM_RATE, Math.max(1, Math.rint(measuredRate)));
	}

	/** Input faster than this many times the output rate is averaged, not just interpolated. */
	private static final double DOWNSAMPLING = 1.5;

	/** Linear interpolation between the input samples either side, and the marks of gaps. */
	private void interpolate(double[] t, double[][] in, double[][] out, double gapLimit) {
		double[] ax = in[0], ay = in[1], az = in[2], gx = in[3], gy = in[4], gz = in[5];
		int j = 0;
		for (int i = 0; i < this.size; i++) {
			double ti = this.t0 + i / this.rate;
			while (j < t.length - 2 && t[j + 1] <= ti) {
				j++;
			}
			double span = t[j + 1] - t[j];
			double w = (ti - t[j]) / span;
			// plain comparisons: Math.min and max on doubles also sort out NaN and −0, at a cost per sample
			w = w < 0 ? 0 : w > 1 ? 1 : w;
			double v = 1 - w;
			out[0][i] = v * ax[j] + w * ax[j + 1];
			out[1][i] = v * ay[j] + w * ay[j + 1];
			out[2][i] = v * az[j] + w * az[j + 1];
			out[3][i] = v * gx[j] + w * gx[j + 1];
			out[4][i] = v * gy[j] + w * gy[j + 1];
			out[5][i] = v * gz[j] + w * gz[j + 1];
			this.gap[i] = span > gapLimit;
		}
	}

	/**
	 * Replaces each output sample by the mean of the input samples within one output period either side
	 * (a moving sum, two pointers), where there are any; in a gap the interpolated value stays.
	 */
	private void average(double[] t, double[][] in, double[][] out) {
		double half = 1 / this.rate;
		double[] sums = new double[6];
		int lo = 0;
		int hi = 0;
		for (int i = 0; i < this.size; i++) {
			double ti = this.t0 + i / this.rate;
			while (hi < t.length && t[hi] <= ti + half) {
				for (int c = 0; c < 6; c++) {
					sums[c] += in[c][hi];
				}
				hi++;
			}
			while (lo < hi && t[lo] < ti - half) {
				for (int c = 0; c < 6; c++) {
					sums[c] -= in[c][lo];
				}
				lo++;
			}
			int count = hi - lo;
			if (count > 0) {
				for (int c = 0; c < 6; c++) {
					out[c][i] = sums[c] / count;
				}
			}
		}
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
	public UniformSamples averaged(int factor) {
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

	public double seconds(double index) {
		return this.t0 + index / this.rate;
	}

}
