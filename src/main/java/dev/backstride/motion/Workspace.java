package dev.backstride.motion;

import java.lang.ref.SoftReference;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The per-sample arrays of one analysis, kept for the next analysis of a recording of the same length,
 * so that analysing allocates next to nothing per sample. Spares wait in a shared pool rather than per
 * thread, so virtual threads reuse them too, and softly, so memory pressure can take them back.
 * <p>
 * Every stage writes its arrays in full before reading them, except {@link #running}, which is
 * cleared when taken.
 */
final class Workspace {

	private static final int MAXIMUM_SPARES = 4;

	private static final ConcurrentLinkedQueue<SoftReference<Workspace>> SPARES = new ConcurrentLinkedQueue<>();

	final int size;

	/** Resampled acceleration (m/s²) and rotation rate in the phone frame. */
	final double[] ax, ay, az, gx, gy, gz;

	/** Samples near a gap, and the same widened by the margin. */
	final boolean[] gap, nearGap;

	final Attitude attitude;

	/** Acceleration in the level frame: x, y, z. */
	final double[][] level;

	/** Vertical acceleration lightly smoothed, for foot contacts. */
	final double[] vertical;

	/** Samples inside a running bout. */
	final boolean[] running;

	final PelvisAngles angles;

	private Workspace(int size) {
		this.size = size;
		this.ax = new double[size];
		this.ay = new double[size];
		this.az = new double[size];
		this.gx = new double[size];
		this.gy = new double[size];
		this.gz = new double[size];
		this.gap = new boolean[size];
		this.nearGap = new boolean[size];
		this.attitude = new Attitude(size);
		this.level = new double[][] { new double[size], new double[size], new double[size] };
		this.vertical = new double[size];
		this.running = new boolean[size];
		this.angles = new PelvisAngles(size);
	}

	/** A spare workspace for {@code size} samples if there is one, else a new one. */
	static Workspace take(int size) {
		for (SoftReference<Workspace> spare = SPARES.poll(); spare != null; spare = SPARES.poll()) {
			Workspace work = spare.get();
			if (work != null && work.size == size) {
				java.util.Arrays.fill(work.running, false);
				return work;
			}
		}
		return new Workspace(size);
	}

	/** Hands the arrays on to a later analysis; nothing may read them after this. */
	void giveBack() {
		if (SPARES.size() < MAXIMUM_SPARES) {
			SPARES.offer(new SoftReference<>(this));
		}
	}

}
