package dev.backstride.motion.events;

import java.util.ArrayList;
import java.util.List;
import dev.backstride.motion.Walking;
import dev.backstride.motion.preparation.LowPass;
import dev.backstride.motion.preparation.RecordingCheck;
import dev.backstride.motion.preparation.UniformSamples;

/**
 * Walking bouts from vertical acceleration in the level frame, outside the running.
 * <p>
 * Each walking step lifts the pelvis once: the vertical acceleration, smoothed to about 3 Hz, rises
 * above gravity once per step, with a dip below it between steps. A step is such a peak at least
 * {@value #MIN_STEP_SECONDS} s after the last one. Steps are one bout while they follow each other
 * every {@value #MIN_STEP_SECONDS}–{@value #MAX_STEP_SECONDS} s (50–200 steps a minute); a bout needs
 * {@value #MIN_STEPS} steps, so that standing up, sitting down or a stumble is not walking. Cadence within
 * a bout is the mean over its strides of two steps per stride time, as gait labs report it.
 */
public final class WalkingSteps {

	public static final double MIN_STEP_SECONDS = 0.3;

	public static final double MAX_STEP_SECONDS = 1.2;

	public static final int MIN_STEPS = 4;

	/** How far above gravity a step's peak rises, and how far below it the dip between steps falls. */
	private static final double PEAK_G = 0.04;

	private static final double DIP_G = 0.02;

	private WalkingSteps() {
	}

	/**
	 * The walking bouts among the first {@code s.size} samples of {@code vertical}, leaving out samples
	 * marked {@code running} and the gaps; {@code smooth} receives the smoothed signal.
	 */
	public static Walking find(double[] vertical, boolean[] running, UniformSamples s, double[] smooth, double[] scratch) {
		int n = s.size;
		double g = RecordingCheck.STANDARD_GRAVITY;
		System.arraycopy(vertical, 0, smooth, 0, n);
		LowPass.smooth(smooth, scratch, n, Math.max(1, (int) Math.round(0.05 * s.rate)));
		int spacing = (int) Math.ceil(MIN_STEP_SECONDS * s.rate);
		int longest = (int) Math.floor(MAX_STEP_SECONDS * s.rate);
		List<Walking.Bout> bouts = new ArrayList<>();
		int[] steps = new int[16];
		int count = 0;
		int last = -1;
		double dip = Double.MAX_VALUE;
		for (int i = 1; i + 1 < n; i++) {
			double v = smooth[i];
			dip = v < dip ? v : dip;
			boolean excluded = running[i] || s.gap[i];
			boolean peak = !excluded && v > (1 + PEAK_G) * g && v >= smooth[i - 1] && v > smooth[i + 1];
			if (excluded || (peak && last >= 0 && i - last > longest)) {
				count = close(steps, count, s, bouts);
				last = -1;
			}
			if (!peak) {
				continue;
			}
			if (last >= 0 && i - last < spacing) {
				// two peaks of one step: keep the higher
				if (v > smooth[last]) {
					steps[count - 1] = i;
					last = i;
				}
				continue;
			}
			if (last >= 0 && !(dip < (1 - DIP_G) * g)) {
				// no dip below gravity since the last peak: one long push, not two steps
				count = close(steps, count, s, bouts);
			}
			if (count == steps.length) {
				steps = java.util.Arrays.copyOf(steps, count * 2);
			}
			steps[count++] = i;
			last = i;
			dip = Double.MAX_VALUE;
		}
		close(steps, count, s, bouts);
		return Walking.of(bouts);
	}

	/** Ends the bout of the {@code count} steps so far, if it has enough of them; returns 0. */
	private static int close(int[] steps, int count, UniformSamples s, List<Walking.Bout> bouts) {
		if (count >= MIN_STEPS) {
			double[] cadences = new double[count - 2];
			for (int k = 0; k + 2 < count; k++) {
				cadences[k] = 120 * s.rate / (steps[k + 2] - steps[k]);
			}
			java.util.Arrays.sort(cadences);
			int m = cadences.length;
			double median = m % 2 == 1 ? cadences[m / 2] : (cadences[m / 2 - 1] + cadences[m / 2]) / 2;
			bouts.add(new Walking.Bout(s.seconds(steps[0]), s.seconds(steps[count - 1]), count, median));
		}
		return 0;
	}

}
