package dev.backstride.motion.preparation;

/**
 * Zero-phase low-pass filter: three passes of a centred moving average, close to a Gaussian. Being
 * symmetric it keeps a linear trend exactly, which is what lets it follow a steady gyroscope drift
 * without lag. Near the ends the window shrinks to the samples available.
 */
public final class LowPass {

	private LowPass() {
	}

	/**
	 * Smooths the first {@code n} {@code values} in place with a window of 2·half + 1 samples, using
	 * {@code scratch} (at least as long) in between.
	 */
	public static void smooth(double[] values, double[] scratch, int n, int half) {
		average(values, scratch, n, half);
		average(scratch, values, n, half);
		average(values, scratch, n, half);
		System.arraycopy(scratch, 0, values, 0, n);
	}

	/** Centred moving average of the first {@code n} values over 2·half + 1 samples, fewer near the ends. */
	public static void average(double[] in, double[] out, int n, int half) {
		if (n <= 2 * half + 1) {
			averageNearEnds(in, out, n, half, 0, n);
			return;
		}
		averageNearEnds(in, out, n, half, 0, half);
		double sum = 0;
		for (int j = 0; j <= 2 * half; j++) {
			sum += in[j];
		}
		double width = 1.0 / (2 * half + 1);
		out[half] = sum * width;
		for (int i = half + 1; i < n - half; i++) {
			sum += in[i + half] - in[i - half - 1];
			out[i] = sum * width;
		}
		averageNearEnds(in, out, n, half, n - half, n);
	}

	/** The average for samples {@code from} to {@code to}, each summed on its own. */
	private static void averageNearEnds(double[] in, double[] out, int n, int half, int from, int to) {
		for (int i = from; i < to; i++) {
			int lo = Math.max(0, i - half);
			int hi = Math.min(n - 1, i + half);
			double sum = 0;
			for (int j = lo; j <= hi; j++) {
				sum += in[j];
			}
			out[i] = sum / (hi - lo + 1);
		}
	}

}
