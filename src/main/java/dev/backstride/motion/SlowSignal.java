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

	/**
	 * One value per block, and after the last a copy of it, so that reading between block centres never
	 * runs off the end: {@link #points()} values in all.
	 */
	final double[] values;

	private final double inverseBlock;

	private final int size;

	private final int blocks;

	/** The last position {@link #at} can read: the last block centre. */
	private final double lastPosition;

	/** A signal over {@code size} samples at {@code rate}, its values from the workspace. */
	SlowSignal(int size, double rate, Workspace work) {
		this(size, Math.max(1, (int) Math.round(BLOCK_SECONDS * rate)), work);
	}

	private SlowSignal(int size, int block, Workspace work) {
		this.size = size;
		this.block = block;
		this.blocks = (size + block - 1) / block;
		this.values = work == null ? new double[this.blocks + 1] : work.doubles(this.blocks + 1);
		this.inverseBlock = 1.0 / block;
		this.lastPosition = this.blocks - 1;
	}

	/** A signal with one value for every sample. */
	static SlowSignal steady(double value) {
		SlowSignal signal = new SlowSignal(1, 1, null);
		signal.values[0] = value;
		signal.values[1] = value;
		return signal;
	}

	int blocks() {
		return this.blocks;
	}

	/** The blocks and the copy of the last. */
	int points() {
		return this.blocks + 1;
	}

	/**
	 * Turns block sums into means and smooths them over about {@code windowSeconds}; {@code scratch}
	 * has room for the {@link #points()}.
	 */
	void smooth(double windowSeconds, double rate, double[] scratch) {
		int last = this.blocks - 1;
		for (int k = 0; k < last; k++) {
			this.values[k] /= this.block;
		}
		this.values[last] /= this.size - last * this.block;
		int half = Math.max(1, (int) Math.round(windowSeconds * rate / this.block / 2));
		LowPass.smooth(this.values, scratch, this.blocks, half);
		this.values[this.blocks] = this.values[last];
	}

	/** Block position of sample i, in block-centre units: the integer part is the block before it. */
	double position(int sample) {
		double p = (sample - (this.block - 1) * 0.5) * this.inverseBlock;
		// plain comparisons: Math.min and max on doubles also sort out NaN and −0, at a cost per sample
		return p < 0 ? 0 : p > this.lastPosition ? this.lastPosition : p;
	}

	/** The value at a {@link #position}, from values laid out as {@link #values} is. */
	static double at(double[] values, double position) {
		int k = (int) position;
		double f = position - k;
		return values[k] + f * (values[k + 1] - values[k]);
	}

}
