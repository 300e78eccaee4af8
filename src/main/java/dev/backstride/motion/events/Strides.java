package dev.backstride.motion.events;

import java.util.Arrays;

/**
 * Strides from left contact to left contact, as sample indices: left stance from {@code start[k]} to
 * {@code middle[k]}, right stance from {@code middle[k]} to {@code end[k]}.
 * <p>
 * Which foot is down comes from sideways acceleration at the foot contacts: as a foot lands, the pelvis
 * is jolted towards that foot's side, so sideways acceleration around a left contact points further
 * left than around a right contact. On real running (four lab trials of three runners, sacral signal
 * from motion capture) this told the feet apart in every trial; the mean over whole steps, which an
 * earlier version used, and pelvic obliquity both named every step wrongly on some runners. Steps
 * alternate, so the whole bout is decided at once from the sum over all its contacts, which one odd
 * step cannot flip.
 */
public final class Strides {

	/** Sideways acceleration is averaged this long either side of each contact. */
	public static final double CONTACT_WINDOW_SECONDS = 0.04;

	public final int[] start, middle, end;

	/** Start and end contacts between samples, for timing ({@link FootContacts#at}). */
	public final double[] startAt, endAt;

	/** Strides left out because they span a gap in the data. */
	public final int acrossGaps;

	private Strides(int[] start, int[] middle, int[] end, double[] startAt, double[] endAt, int acrossGaps) {
		this.start = start;
		this.middle = middle;
		this.end = end;
		this.startAt = startAt;
		this.endAt = endAt;
		this.acrossGaps = acrossGaps;
	}

	public int count() {
		return this.start.length;
	}

	/**
	 * The strides of the running bouts; {@code lateral} and {@code gap} hold {@code size} samples at
	 * {@code rate} (pooled arrays may be longer).
	 */
	public static Strides of(FootContacts steps, RunningBouts bouts, double[] lateral, boolean[] gap, double rate,
			int size) {
		int[] c = steps.contacts;
		int capacity = steps.steps() / 2 + 1;
		int[] start = new int[capacity];
		int[] middle = new int[capacity];
		int[] end = new int[capacity];
		double[] startAt = new double[capacity];
		double[] endAt = new double[capacity];
		int count = 0;
		int acrossGaps = 0;
		int reach = Math.max(1, (int) Math.round(CONTACT_WINDOW_SECONDS * rate));
		int n = size;
		for (int b = 0; b < bouts.count(); b++) {
			// an even number of contacts, so that a steady sideways pull (a bend of the track) cancels out
			int contacts = bouts.last[b] + 2 - bouts.first[b];
			double evenMinusOdd = 0;
			for (int s = bouts.first[b]; s < bouts.first[b] + contacts - contacts % 2; s++) {
				double mean = mean(lateral, Math.max(0, c[s] - reach), Math.min(n, c[s] + reach + 1));
				evenMinusOdd += ((s - bouts.first[b]) % 2 == 0) ? mean : -mean;
			}
			// left contacts jolt the pelvis left (positive): they are the even ones if the even sum is higher
			int firstLeft = bouts.first[b] + (evenMinusOdd > 0 ? 0 : 1);
			for (int s = firstLeft; s + 1 <= bouts.last[b]; s += 2) {
				if (anyGap(gap, c[s], c[s + 2])) {
					acrossGaps++;
					continue;
				}
				start[count] = c[s];
				middle[count] = c[s + 1];
				startAt[count] = steps.at[s];
				endAt[count] = steps.at[s + 2];
				end[count++] = c[s + 2];
			}
		}
		return new Strides(Arrays.copyOf(start, count), Arrays.copyOf(middle, count), Arrays.copyOf(end, count),
				Arrays.copyOf(startAt, count), Arrays.copyOf(endAt, count), acrossGaps);
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
