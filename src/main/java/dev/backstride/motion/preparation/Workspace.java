package dev.backstride.motion.preparation;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The arrays of one analysis, kept for the next one so that analysing allocates next to nothing per
 * sample, whatever the length of the recording.
 * <p>
 * Stages ask for arrays in the order they run; the n-th request of the next analysis gets the n-th
 * array of this one again, replaced by a longer one only when it is too short. So an array is often
 * longer than asked for, and every stage works to the length it was given, never to
 * {@code array.length}. Arrays are handed over as they were left: a stage writes before it reads, or
 * asks for a cleared one. A stage's scratch arrays are released when it is done, so the next stage
 * reuses them and the arrays in use at once stay few. Spares wait in a shared pool rather than per thread, so virtual threads reuse
 * them too, and softly, so memory pressure can take them back.
 */
public final class Workspace {

	/** Analyses run side by side at most about one per core, so more spares than that would only sit. */
	private static final int MAXIMUM_SPARES = Math.max(2, Runtime.getRuntime().availableProcessors());

	/**
	 * A workspace that has grown beyond this many samples (33 minutes at 100 Hz, about 50 MB) is left to the
	 * garbage collector rather than kept: the rare long recording pays for its arrays, and the memory the
	 * server keeps between analyses stays small.
	 */
	public static final int MAXIMUM_KEPT_SAMPLES = 200_000;

	private static final ConcurrentLinkedQueue<SoftReference<Workspace>> SPARES = new ConcurrentLinkedQueue<>();

	private final List<double[]> doubles = new ArrayList<>();

	private final List<boolean[]> flags = new ArrayList<>();

	/** Arrays of one value per block of samples: a few per analysis, kept apart so they never take the place of a long one. */
	private final List<double[]> blockValues = new ArrayList<>();

	private int nextDouble;

	private int nextBlockValues;

	private int nextFlag;

	private Workspace() {
	}

	/** A spare workspace if there is one, else a new one. */
	public static Workspace take() {
		for (SoftReference<Workspace> spare = SPARES.poll(); spare != null; spare = SPARES.poll()) {
			Workspace work = spare.get();
			if (work != null) {
				return work;
			}
		}
		return new Workspace();
	}

	/** The next array of at least {@code length} doubles, holding whatever it held before. */
	public double[] doubles(int length) {
		return next(this.doubles, this.nextDouble++, length);
	}

	/** As {@link #doubles}, for the values of blocks of samples. */
	public double[] blockValues(int length) {
		return next(this.blockValues, this.nextBlockValues++, length);
	}

	/** The array at {@code index} of {@code arrays}, first made or replaced if it is missing or too short. */
	private static double[] next(List<double[]> arrays, int index, int length) {
		if (index == arrays.size()) {
			arrays.add(new double[grown(length)]);
		}
		else if (arrays.get(index).length < length) {
			arrays.set(index, new double[grown(length)]);
		}
		return arrays.get(index);
	}

	/** The next array of at least {@code length} flags, the first {@code length} of them false. */
	public boolean[] clearedFlags(int length) {
		if (this.nextFlag == this.flags.size()) {
			this.flags.add(new boolean[grown(length)]);
		}
		else if (this.flags.get(this.nextFlag).length < length) {
			this.flags.set(this.nextFlag, new boolean[grown(length)]);
		}
		boolean[] result = this.flags.get(this.nextFlag++);
		Arrays.fill(result, 0, length, false);
		return result;
	}

	/** A little room to spare, so that a slightly longer recording next time reuses the array. */
	private static int grown(int length) {
		return (int) Math.min(Integer.MAX_VALUE - 8, length + (long) length / 8 + 16);
	}

	/** A mark for {@link #release}: where the next array of doubles will come from. */
	public int mark() {
		return this.nextDouble;
	}

	/**
	 * Lets the arrays of doubles taken since {@code mark} be handed out again: a stage's scratch arrays,
	 * once nothing reads them, serve the next stage. Arrays taken before the mark stay as they are.
	 */
	public void release(int mark) {
		this.nextDouble = mark;
	}

	/** Hands the arrays on to a later analysis; nothing may read them after this. */
	public void giveBack() {
		this.nextDouble = 0;
		this.nextFlag = 0;
		this.nextBlockValues = 0;
		if (SPARES.size() < MAXIMUM_SPARES && longest() <= grown(MAXIMUM_KEPT_SAMPLES)) {
			SPARES.offer(new SoftReference<>(this));
		}
	}

	/** How many spares wait in the pool now. */
	public static int spares() {
		return SPARES.size();
	}

	private int longest() {
		int longest = 0;
		for (double[] a : this.doubles) {
			longest = Math.max(longest, a.length);
		}
		return longest;
	}

}
