package dev.backstride.motion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * First look at a raw recording: refuses what cannot be measured and notes what can be repaired
 * (acceleration in g, gaps, a low rate). Everything is one pass over the arrays; no sorting, because a
 * median over an hour of samples would cost more than the whole analysis.
 */
final class RecordingCheck {

	static final double STANDARD_GRAVITY = 9.80665;

	static final double MINIMUM_RATE = 50;

	private static final double LOW_RATE = 100;

	private RecordingCheck() {
	}

	/** A recording that can be resampled, with the factor that brings acceleration to m/s². */
	record Usable(double rate, double accelerationScale, List<String> warnings) {
	}

	static Optional<String> refusal(ImuRecording r) {
		if (r.size() < 2) {
			return Optional.of("empty recording: " + r.size() + " samples");
		}
		String[] names = { "t", "ax", "ay", "az", "gx", "gy", "gz" };
		double[][] channels = { r.t(), r.ax(), r.ay(), r.az(), r.gx(), r.gy(), r.gz() };
		for (int c = 0; c < channels.length; c++) {
			int bad = firstNonFinite(channels[c]);
			if (bad >= 0) {
				return Optional.of(String.format(Locale.ROOT, "%s is not a number (%s) at sample %d", names[c],
						channels[c][bad], bad));
			}
		}
		double[] t = r.t();
		for (int i = 1; i < t.length; i++) {
			if (t[i] == t[i - 1]) {
				return Optional.of(String.format(Locale.ROOT,
						"duplicate time stamp %.3f s at samples %d and %d", t[i], i - 1, i));
			}
			if (t[i] < t[i - 1]) {
				return Optional.of(String.format(Locale.ROOT,
						"time stamps out of order at sample %d: %.3f s comes after %.3f s", i, t[i], t[i - 1]));
			}
		}
		if (isFlat(r.gx()) && isFlat(r.gy()) && isFlat(r.gz())) {
			return Optional.of("no gyroscope signal: rotation rate is constant on all three axes");
		}
		double rate = rate(t);
		if (rate < MINIMUM_RATE) {
			return Optional.of(String.format(Locale.ROOT, "sample rate %.0f Hz is below the %.0f Hz needed",
					rate, MINIMUM_RATE));
		}
		return Optional.empty();
	}

	static Usable usable(ImuRecording r) {
		List<String> warnings = new ArrayList<>();
		double rate = rate(r.t());
		if (rate < LOW_RATE) {
			warnings.add(String.format(Locale.ROOT,
					"sample rate %.0f Hz is low; excursions may read slightly small (100 Hz or more is better)",
					rate));
		}
		double gravity = meanGravity(r);
		double scale = 1;
		if (gravity > 0.5 && gravity < 2) {
			scale = STANDARD_GRAVITY;
			warnings.add(String.format(Locale.ROOT,
					"acceleration was in g (gravity read %.2f), converted to m/s²", gravity));
		}
		else if (gravity < 6 || gravity > 14) {
			warnings.add(String.format(Locale.ROOT,
					"gravity reads %.2f m/s², far from 9.81: check the accelerometer units", gravity));
		}
		gaps(r.t(), rate, warnings);
		return new Usable(rate, scale, warnings);
	}

	private static int firstNonFinite(double[] values) {
		for (int i = 0; i < values.length; i++) {
			if (!Double.isFinite(values[i])) {
				return i;
			}
		}
		return -1;
	}

	/** Whether all values lie within 1e-9; a live channel is told apart within a few samples. */
	private static boolean isFlat(double[] values) {
		double min = values[0];
		double max = values[0];
		for (double v : values) {
			min = v < min ? v : min;
			max = v > max ? v : max;
			if (max - min >= 1e-9) {
				return false;
			}
		}
		return true;
	}

	/** Mean rate over the intervals that are not gaps (no longer than twice the overall mean). */
	static double rate(double[] t) {
		int n = t.length;
		double mean = (t[n - 1] - t[0]) / (n - 1);
		double sum = 0;
		int count = 0;
		for (int i = 1; i < n; i++) {
			double dt = t[i] - t[i - 1];
			if (dt <= 2 * mean) {
				sum += dt;
				count++;
			}
		}
		return count / sum;
	}

	/** Length of the mean acceleration vector: gravity, because the phone sits still on the pelvis. */
	private static double meanGravity(ImuRecording r) {
		double x = 0;
		double y = 0;
		double z = 0;
		int n = r.size();
		for (int i = 0; i < n; i++) {
			x += r.ax()[i];
			y += r.ay()[i];
			z += r.az()[i];
		}
		return Math.sqrt(x * x + y * y + z * z) / n;
	}

	private static void gaps(double[] t, double rate, List<String> warnings) {
		double limit = Math.max(UniformSamples.GAP_SECONDS, 5 / rate);
		int count = 0;
		double total = 0;
		String first = "";
		for (int i = 1; i < t.length; i++) {
			double dt = t[i] - t[i - 1];
			if (dt > limit) {
				if (count == 0) {
					first = String.format(Locale.ROOT, "%.2f s at %.1f s", dt, t[i - 1]);
				}
				count++;
				total += dt;
			}
		}
		if (count > 0) {
			warnings.add(String.format(Locale.ROOT,
					"%d gap(s) in the data, %.1f s in all (first: %s); strides across gaps are left out", count,
					total, first));
		}
	}

}
