package dev.backstride.motion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names the stretches outside running bouts. Each is cut into one-second blocks; a block whose vertical
 * acceleration hardly varies is standing, any other is walking (or steps that are not running).
 * Neighbouring blocks of the same kind merge; stretches under a second are not reported.
 */
final class Exclusions {

	private static final double STANDING_SD = 0.8;

	private Exclusions() {
	}

	static List<ExcludedSegment> of(RunningBouts bouts, double[] vertical, UniformSamples s) {
		List<ExcludedSegment> result = new ArrayList<>();
		int block = (int) Math.round(s.rate);
		int i = 0;
		while (i < s.size) {
			if (bouts.mask[i]) {
				i++;
				continue;
			}
			int from = i;
			while (i < s.size && !bouts.mask[i]) {
				i++;
			}
			name(from, i, block, vertical, s, result);
		}
		return result;
	}

	private static void name(int from, int to, int block, double[] vertical, UniformSamples s,
			List<ExcludedSegment> result) {
		int start = from;
		boolean standing = isStanding(vertical, from, Math.min(to, from + block));
		for (int b = from + block; b < to; b += block) {
			boolean next = isStanding(vertical, b, Math.min(to, b + block));
			if (next != standing) {
				add(start, b, standing, s, result);
				start = b;
				standing = next;
			}
		}
		add(start, to, standing, s, result);
	}

	private static void add(int from, int to, boolean standing, UniformSamples s, List<ExcludedSegment> result) {
		double seconds = (to - from) / s.rate;
		if (seconds < 1) {
			return;
		}
		String reason = standing ? String.format(Locale.ROOT, "%.0f s standing", seconds)
				: String.format(Locale.ROOT, "walking %.0f s: cadence under %.0f or no flight phase", seconds,
						FootContacts.MIN_CADENCE);
		result.add(new ExcludedSegment(s.seconds(from), s.seconds(to - 1), reason));
	}

	private static boolean isStanding(double[] v, int from, int to) {
		double sum = 0;
		double squares = 0;
		for (int i = from; i < to; i++) {
			sum += v[i];
			squares += v[i] * v[i];
		}
		int n = to - from;
		double mean = sum / n;
		return squares / n - mean * mean < STANDING_SD * STANDING_SD;
	}

}
