package dev.backstride.motion;

import java.util.Arrays;

/**
 * Strides from left contact to left contact, as sample indices: left stance from {@code start[k]} to
 * {@code middle[k]}, right stance from {@code middle[k]} to {@code end[k]}.
 * <p>
 * Which foot is down comes from sideways acceleration: over a stance the centre of mass is pushed back
 * towards the midline, so a left stance accelerates the pelvis to the right. Steps alternate, so the
 * whole bout is decided at once from the sum over all its steps, which one odd step cannot flip.
 */
final class Strides {

	final int[] start, middle, end;

	/** Strides left out because they span a gap in the data. */
	final int acrossGaps;

	private Strides(int[] start, int[] middle, int[] end, int acrossGaps) {
		this.start = start;
		this.middle = middle;
		this.end = end;
		this.acrossGaps = acrossGaps;
	}

	int count() {
		return this.start.length;
	}

	static Strides of(FootContacts steps, RunningBouts bouts, double[] lateral, boolean[] gap) {
		int[] c = steps.contacts;
		int capacity = steps.steps() / 2 + 1;
		int[] start = new int[capacity];
		int[] middle = new int[capacity];
		int[] end = new int[capacity];
		int count = 0;
		int acrossGaps = 0;
		for (int b = 0; b < bouts.count(); b++) {
			double evenMinusOdd = 0;
			for (int s = bouts.first[b]; s <= bouts.last[b]; s++) {
				double mean = mean(lateral, c[s], c[s + 1]);
				evenMinusOdd += ((s - bouts.first[b]) % 2 == 0) ? mean : -mean;
			}
			// left stances push right (negative): they are the even steps if the even sum is lower
			int firstLeft = bouts.first[b] + (evenMinusOdd < 0 ? 0 : 1);
			for (int s = firstLeft; s + 1 <= bouts.last[b]; s += 2) {
				if (anyGap(gap, c[s], c[s + 2])) {
					acrossGaps++;
					continue;
				}
				start[count] = c[s];
				middle[count] = c[s + 1];
				end[count++] = c[s + 2];
			}
		}
		return new Strides(Arrays.copyOf(start, count), Arrays.copyOf(middle, count), Arrays.copyOf(end, count),
				acrossGaps);
	}

	private static double mean(double[] a, int from, int to) {
		double sum = 0;
		for (int i = from; i < to; i++) {
			sum += a[i];
		}
		return sum / (to - from);
	}

	private static boolean anyGap(boolean[] gap, int from, int to) {
		for (int i = from; i <= to; i++) {
			if (gap[i]) {
				return true;
			}
		}
		return false;
	}

}
