package dev.backstride.motion.csv;

import java.util.Arrays;

/**
 * One sensor's samples as parallel arrays: time in seconds (on an origin shared by the streams of
 * one export) and three axes. Times are strictly increasing.
 */
final class Series {

	final String name;

	final double[] t;

	final double[] x;

	final double[] y;

	final double[] z;

	Series(String name, double[] t, double[] x, double[] y, double[] z) {
		this.name = name;
		this.t = t;
		this.x = x;
		this.y = y;
		this.z = z;
	}

	int size() {
		return this.t.length;
	}

	double first() {
		return this.t[0];
	}

	double last() {
		return this.t[this.t.length - 1];
	}

	Series shifted(double seconds) {
		double[] moved = new double[this.t.length];
		for (int i = 0; i < moved.length; i++) {
			moved[i] = this.t[i] + seconds;
		}
		return new Series(this.name, moved, this.x, this.y, this.z);
	}

	/**
	 * Collects samples with a hard cap, so memory stays bounded whatever the input; drops samples
	 * whose time does not advance (duplicates that some phones report, or a clock stepping back).
	 */
	static final class Builder {

		private final String name;

		private final long maxSamples;

		private double[] t = new double[1024];

		private double[] x = new double[1024];

		private double[] y = new double[1024];

		private double[] z = new double[1024];

		private int size;

		private long dropped;

		Builder(String name, long maxSamples) {
			this.name = name;
			this.maxSamples = maxSamples;
		}

		/**
		 * @return false when the sample was dropped because its time did not advance
		 */
		boolean add(double time, double vx, double vy, double vz, CsvLines where) throws ImuFormatException {
			if (this.size > 0 && !(time > this.t[this.size - 1])) {
				this.dropped++;
				return false;
			}
			if (this.size >= this.maxSamples) {
				throw new ImuFormatException("The recording is longer than " + this.maxSamples
						+ " samples; the limit is " + this.maxSamples + " samples (" + this.name
						+ " reaches it at line " + where.lineNumber() + "). Record or export a shorter run.");
			}
			if (this.size == this.t.length) {
				int grown = (int) Math.min(this.maxSamples, Math.max(this.size + 1L, this.size * 3L / 2));
				this.t = Arrays.copyOf(this.t, grown);
				this.x = Arrays.copyOf(this.x, grown);
				this.y = Arrays.copyOf(this.y, grown);
				this.z = Arrays.copyOf(this.z, grown);
			}
			this.t[this.size] = time;
			this.x[this.size] = vx;
			this.y[this.size] = vy;
			this.z[this.size] = vz;
			this.size++;
			return true;
		}

		int size() {
			return this.size;
		}

		long dropped() {
			return this.dropped;
		}

		Series build() {
			return new Series(this.name, Arrays.copyOf(this.t, this.size), Arrays.copyOf(this.x, this.size),
					Arrays.copyOf(this.y, this.size), Arrays.copyOf(this.z, this.size));
		}

	}

}
