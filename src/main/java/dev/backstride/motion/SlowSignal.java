package dev.backstride.motion;

/**
 * A slowly varying signal (gravity direction, heading) kept as one mean per block of samples: summed in
 * one pass, smoothed with {@link LowPass} on the block means, and read back at any sample by linear
 * interpolation between block centres. Smoothing a few hundred block means instead of every sample is
 * what keeps the analysis at millions of samples per second; block means and linear interpolation both
 * keep a linear trend exactly, as the low-pass does.
 */
final class SlowSignal {

	private static final double BLOCK_SECONDS = 0.1;

	final int block;

	final double[] values;

	private final double inverseBlock;

	private final int size;

	/** The last position {@link #at} can read, just short of the last block centre. */
	private final double lastPosition;

	SlowSignal(int size, double rate) {
		this.size = size;
		this.block = Math.max(1, (int) Math.round(BLOCK_SECONDS * rate));
		this.values = new double[(size + this.block - 1) / this.block];
		this.inverseBlock = 1.0 / this.block;
		this.lastPosition = Math.max(0, this.values.length - 1.000001);
	}

	int blocks() {
		return this.values.length;
	}

	void add(int sample, double value) {
		this.values[sample / this.block] += value;
	}

	/** Turns block sums into means and smooths them over about {@code windowSeconds}. */
	void smooth(double windowSeconds, double rate, double[] scratch) {
		int last = this.values.length - 1;
		for (int k = 0; k < last; k++) {
			this.values[k] /= this.block;
		}
		this.values[last] /= this.size - last * this.block;
		int half = Math.max(1, (int) Math.round(windowSeconds * rate / this.block / 2));
		LowPass.smooth(this.values, scratch, half);
	}

	/** Block position of sample i, in block-centre units: the integer part is the block before it. */
	double position(int sample) {
		double p = (sample - (this.block - 1) * 0.5) * this.inverseBlock;
		// plain comparisons: Math.min and max on doubles also sort out NaN and −0, at a cost per sample
		return p < 0 ? 0 : p > this.lastPosition ? this.lastPosition : p;
	}

	static double at(double[] values, double position) {
		if (values.length == 1) {
			return values[0];
		}
		int k = (int) position;
		double f = position - k;
		return values[k] + f * (values[k + 1] - values[k]);
	}

}
