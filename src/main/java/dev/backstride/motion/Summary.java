package dev.backstride.motion;

/**
 * Mean and sample standard deviation of one metric over the strides, in the metric's own unit.
 *
 * @param mean the arithmetic mean
 * @param sd the sample standard deviation (n − 1), 0 for a single value
 */
public record Summary(double mean, double sd) {

	public Summary {
		if (!Double.isFinite(mean) || !Double.isFinite(sd) || sd < 0) {
			throw new IllegalArgumentException("summary needs a finite mean and sd >= 0: " + mean + " ± " + sd);
		}
	}

	/** Summarises the first {@code count} values. */
	static Summary of(double[] values, int count) {
		if (count == 0) {
			return new Summary(0, 0);
		}
		double sum = 0;
		for (int i = 0; i < count; i++) {
			sum += values[i];
		}
		double mean = sum / count;
		double squares = 0;
		for (int i = 0; i < count; i++) {
			double d = values[i] - mean;
			squares += d * d;
		}
		return new Summary(mean, count < 2 ? 0 : Math.sqrt(squares / (count - 1)));
	}

}
