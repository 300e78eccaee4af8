package dev.backstride.motion.events;

import java.util.Arrays;

/**
 * Unbroken sequences of running steps. A bout is the steps {@code first[b]} to {@code last[b]}
 * (inclusive) of {@link FootContacts}, so it spans contact {@code first[b]} to contact
 * {@code last[b] + 1}.
 */
public final class RunningBouts {

	public final int[] first, last;

	/** {@code mask[i]} is true for samples inside a bout. */
	public final boolean[] mask;

	private RunningBouts(int[] first, int[] last, boolean[] mask) {
		this.first = first;
		this.last = last;
		this.mask = mask;
	}

	public int count() {
		return this.first.length;
	}

	/** The bouts of running steps, marked in {@code mask}, which must be all false. */
	public static RunningBouts of(FootContacts steps, boolean[] mask) {
		int[] first = new int[steps.steps() / 2 + 1];
		int[] last = new int[first.length];
		int count = 0;
		int s = 0;
		while (s < steps.steps()) {
			if (!steps.running[s]) {
				s++;
				continue;
			}
			int start = s;
			while (s < steps.steps() && steps.running[s]) {
				s++;
			}
			// a bout needs at least one stride
			if (s - start >= 2) {
				first[count] = start;
				last[count++] = s - 1;
			}
		}
		for (int b = 0; b < count; b++) {
			Arrays.fill(mask, steps.contacts[first[b]], steps.contacts[last[b] + 1], true);
		}
		return new RunningBouts(Arrays.copyOf(first, count), Arrays.copyOf(last, count), mask);
	}

}
