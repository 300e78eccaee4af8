package dev.backstride.motion.events;

import java.util.Arrays;
import dev.backstride.motion.preparation.LowPass;
import dev.backstride.motion.preparation.RecordingCheck;

/**
 * Foot contacts from vertical acceleration in the level frame, and which steps are running.
 * <p>
 * Each step shows one loading peak well above gravity. A contact is where the lightly smoothed vertical
 * acceleration last rises through 1 g before that peak. A step (contact to next contact) counts as
 * running when its cadence is 130–250 steps/min and it has a flight phase: the acceleration falls below
 * {@value #FLIGHT_G} g, as in free fall, and peaks above {@value #LOADING_G} g.
 */
public final class FootContacts {

	public static final double MIN_CADENCE = 130;

	public static final double MAX_CADENCE = 250;

	private static final double PEAK_G = 1.15;

	private static final double FLIGHT_G = 0.5;

	private static final double LOADING_G = 1.8;

	/** Contact sample indices in time order. */
	public final int[] contacts;

	/**
	 * The same contacts between samples: where the smoothed acceleration crosses 1 g, interpolated
	 * linearly between the samples either side, in fractional sample indices. Cadence is timed from these,
	 * so that it is not quantised to whole samples.
	 */
	public final double[] at;

	/** {@code running[k]} tells whether the step from contact k to contact k + 1 is running. */
	public final boolean[] running;

	private FootContacts(int[] contacts, double[] at, boolean[] running) {
		this.contacts = contacts;
		this.at = at;
		this.running = running;
	}

	public int steps() {
		return this.running.length;
	}

	/** The median length of the running steps, in samples; 1 when there are none. */
	public int typicalRunningStep() {
		int[] lengths = new int[this.running.length];
		int count = 0;
		for (int s = 0; s < this.running.length; s++) {
			if (this.running[s]) {
				lengths[count++] = this.contacts[s + 1] - this.contacts[s];
			}
		}
		if (count == 0) {
			return 1;
		}
		Arrays.sort(lengths, 0, count);
		return lengths[count / 2];
	}

	/** Contacts from the first n samples of vertical acceleration; {@code smooth} receives it lightly smoothed. */
	public static FootContacts detect(double[] vertical, int n, double rate, double[] smooth) {
		double g = RecordingCheck.STANDARD_GRAVITY;
		LowPass.average(vertical, smooth, n, Math.max(1, (int) Math.round(0.015 * rate)));
		int[] peaks = peaks(smooth, n, PEAK_G * g, (int) (0.2 * rate));
		int[] contacts = new int[peaks.length];
		double[] at = new double[peaks.length];
		int back = (int) (0.25 * rate);
		for (int p = 0; p < peaks.length; p++) {
			int k = peaks[p];
			while (k > 0 && peaks[p] - k < back && smooth[k - 1] >= g) {
				k--;
			}
			contacts[p] = k;
			double below = k > 0 ? smooth[k - 1] : Double.NaN;
			double rise = smooth[k] - below;
			// the crossing lies between k - 1 (below 1 g) and k (at or above it)
			at[p] = below < g && rise > 0 ? k - 1 + (g - below) / rise : k;
		}
		boolean[] running = new boolean[Math.max(0, contacts.length - 1)];
		for (int s = 0; s < running.length; s++) {
			double cadence = 60 * rate / (contacts[s + 1] - contacts[s]);
			double min = Double.MAX_VALUE;
			double max = -Double.MAX_VALUE;
			for (int i = contacts[s]; i < contacts[s + 1]; i++) {
				double v = smooth[i];
				min = v < min ? v : min;
				max = v > max ? v : max;
			}
			// a contact found at the very first sample is where the recording begins, not where a foot landed
			running[s] = !(contacts[s] == 0 && smooth[0] >= g) && cadence >= MIN_CADENCE && cadence <= MAX_CADENCE && min < FLIGHT_G * g
					&& max > LOADING_G * g;
		}
		return new FootContacts(contacts, at, running);
	}

	/** Highest sample of each excursion above the threshold, at least {@code spacing} apart. */
	private static int[] peaks(double[] a, int n, double threshold, int spacing) {
		int[] peaks = new int[16];
		int count = 0;
		int i = 0;
		while (i < n) {
			// negated, so that a NaN counts as below the threshold and the scan still moves on
			if (!(a[i] > threshold)) {
				i++;
				continue;
			}
			int top = i;
			while (i < n && a[i] > threshold) {
				if (a[i] > a[top]) {
					top = i;
				}
				i++;
			}
			if (count > 0 && top - peaks[count - 1] < spacing) {
				if (a[top] > a[peaks[count - 1]]) {
					peaks[count - 1] = top;
				}
				continue;
			}
			if (count == peaks.length) {
				peaks = Arrays.copyOf(peaks, count * 2);
			}
			peaks[count++] = top;
		}
		return Arrays.copyOf(peaks, count);
	}

}
