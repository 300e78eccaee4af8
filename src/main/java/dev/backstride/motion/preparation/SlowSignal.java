package dev.backstride.motion.preparation;

/**
 * A slowly varying signal (gravity direction, heading) kept as one mean per quarter-second block of
 * samples: summed in one pass, smoothed with {@link LowPass} on the block means, and read back at every
 * sample by linear interpolation between block centres. Smoothing one value per block instead of one
 * per sample is what keeps the analysis at millions of samples per second; block means and linear
 * interpolation both keep a linear trend exactly, as the low-pass does.
 */
public final class SlowSignal {

	private static final double BLOCK_SECONDS = 0.25;

	public final int block;

	/**
	 * One value per block, and after the last a copy of it, so that reading between block centres never
	 * runs off the end: {@link #points()} values in all.
	 */
	public final double[] values;

	private final double inverseBlock;

	private final int size;

	private final int blocks;

	/** A signal over {@code size} samples at {@code rate}, its values from the workspace. */
	public SlowSignal(int size, double rate, Workspace work) {
		this(size, Math.max(1, (int) Math.round(BLOCK_SECONDS * rate)), work);
	}

	private SlowSignal(int size, int block, Workspace work) {
		this.size = size;
		this.block = block;
		this.blocks = (size + block - 1) / block;
		this.values = work == null ? new double[this.blocks + 1] : work.blockValues(this.blocks + 1);
		this.inverseBlock = 1.0 / block;
	}

	/** A signal with one value for every sample. */
	public static SlowSignal steady(double value) {
		SlowSignal signal = new SlowSignal(1, 1, null);
		signal.values[0] = value;
		signal.values[1] = value;
		return signal;
	}

	public int blocks() {
		return this.blocks;
	}

	/** The blocks and the copy of the last. */
	public int points() {
		return this.blocks + 1;
	}

	/** Sets each block's value to the sum of its samples of {@code samples}. */
	public void sum(double[] samples) {
		for (int k = 0, i = 0; k < this.blocks; k++) {
			double sum = 0;
			for (int end = Math.min(this.size, i + this.block); i < end; i++) {
				sum += samples[i];
			}
			this.values[k] = sum;
		}
	}

	/**
	 * Turns block sums into means and smooths them over about {@code windowSeconds}; {@code scratch}
	 * has room for the {@link #points()}.
	 */
	public void smooth(double windowSeconds, double rate, double[] scratch) {
		int last = this.blocks - 1;
		for (int k = 0; k < last; k++) {
			this.values[k] /= this.block;
		}
		this.values[last] /= this.size - last * this.block;
		int half = Math.max(1, (int) Math.round(windowSeconds * rate / this.block / 2));
		LowPass.smooth(this.values, scratch, this.blocks, half);
		this.values[this.blocks] = this.values[last];
	}

	/**
	 * Writes the value at each of the first n samples into {@code out}, read from values laid out as
	 * {@link #values} is: the block value at a block centre, a straight line between centres, the first and
	 * last value before the first centre and after the last. Segment by segment, in loops the JIT turns
	 * into vector instructions.
	 */
	public void spread(double[] values, double[] out, int n) {
		double first = (this.block - 1) * 0.5;
		int i = 0;
		for (; i < n && i <= first; i++) {
			out[i] = values[0];
		}
		for (int k = 0; k < this.blocks && i < n; k++) {
			// samples from here to the next block centre (the last segment runs to the end on the copy)
			int end = k == this.blocks - 1 ? n : (int) Math.min(n, Math.floor(first + (k + 1) * this.block) + 1);
			double base = values[k];
			double slope = (values[k + 1] - values[k]) * this.inverseBlock;
			double centre = first + k * this.block;
			for (; i < end; i++) {
				out[i] = base + (i - centre) * slope;
			}
		}
	}

}
