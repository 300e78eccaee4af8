package dev.backstride.motion;

/**
 * Zero-phase low-pass filter: three passes of a centred moving average, close to a Gaussian. Being
 * symmetric it keeps a linear trend exactly, which is what lets it follow a steady gyroscope drift
 * without lag. Near the ends the window shrinks to the samples available.
 */
final class LowPass {

	private final int halfWidth;

	private final double[] scratch;

	LowPass(int size, int halfWidth) {
		this.halfWidth = halfWidth;
		this.scratch = new double[size];
	}

	/** Smooths {@code in} into {@code out}; they must be different arrays. */
	void apply(double[] in, double[] out) {
		average(in, out, this.halfWidth);
		average(out, this.scratch, this.halfWidth);
		average(this.scratch, out, this.halfWidth);
	}

	static void average(double[] in, double[] out, int half) {
		int n = in.length;
		double sum = 0;
		int lo = 0;
		int hi = -1;
		for (int i = 0; i < n; i++) {
			int top = Math.min(n - 1, i + half);
			while (hi < top) {
				sum += in[++hi];
			}
			while (lo < i - half) {
				sum -= in[lo++];
			}
			out[i] = sum / (hi - lo + 1);
		}
	}

}
