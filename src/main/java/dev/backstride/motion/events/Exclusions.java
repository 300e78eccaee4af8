package dev.backstride.motion.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.backstride.motion.ExcludedSegment;
import dev.backstride.motion.preparation.UniformSamples;

/**
 * Names the stretches outside running bouts. Each is cut into one-second blocks; a block whose vertical
 * acceleration hardly varies is standing, one that bridges missing data is a gap, any other is walking
 * (or steps that are not running).
 * Neighbouring blocks of the same kind merge; stretches under a second are not reported.
 */
public final class Exclusions {

	private static final double STANDING_SD = 0.8;

	private Exclusions() {
	}

	public static List<ExcludedSegment> of(RunningBouts bouts, double[] vertical, UniformSamples s) {
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

	private static final int GAP = 0, STANDING = 1, WALKING = 2;

	private static void name(int from, int to, int block, double[] vertical, UniformSamples s,
			List<ExcludedSegment> result) {
		int start = from;
		int kind = kind(vertical, s.gap, from, Math.min(to, from + block));
		for (int b = from + block; b < to; b += block) {
			int next = kind(vertical, s.gap, b, Math.min(to, b + block));
			if (next != kind) {
				add(start, b, kind, s, result);
				start = b;
				kind = next;
			}
		}
		add(start, to, kind, s, result);
	}

	private static void add(int from, int to, int kind, UniformSamples s, List<ExcludedSegment> result) {
		double seconds = (to - from) / s.rate;
		if (seconds < 1 && kind != GAP) {
			return;
		}
		String reason = switch (kind) {
			case GAP -> String.format(Locale.ROOT, "gap in the data: %.0f s around it left out", seconds);
			case STANDING -> String.format(Locale.ROOT, "%.0f s standing", seconds);
			default -> String.format(Locale.ROOT, "walking %.0f s: cadence under %.0f or no flight phase", seconds,
					FootContacts.MIN_CADENCE);
		};
		result.add(new ExcludedSegment(s.seconds(from), s.seconds(to - 1), reason));
	}

	private static int kind(double[] v, boolean[] gap, int from, int to) {
		double sum = 0;
		double squares = 0;
		boolean anyGap = false;
		for (int i = from; i < to; i++) {
			sum += v[i];
			squares += v[i] * v[i];
			anyGap |= gap[i];
		}
		int n = to - from;
		double mean = sum / n;
		if (anyGap) {
			return GAP;
		}
		return squares / n - mean * mean < STANDING_SD * STANDING_SD ? STANDING : WALKING;
	}

}
