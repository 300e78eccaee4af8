package dev.backstride.motion.preparation;

import java.time.Duration;
import dev.backstride.motion.AnalysisTimedOut;

/**
 * When an analysis must give up: checked between its stages, each of which is bounded by the number of
 * samples, so that no request keeps a core busy for long after its client has gone.
 */
public record Deadline(long nanoTime) {

	/** A deadline so far away that it never comes. */
	public static final Deadline NONE = new Deadline(Long.MAX_VALUE);

	public static Deadline after(Duration limit) {
		long now = System.nanoTime();
		long nanos = limit.toNanos();
		return new Deadline(Long.MAX_VALUE - now < nanos ? Long.MAX_VALUE : now + nanos);
	}

	/** Throws {@link AnalysisTimedOut} once the deadline has passed. */
	public void check() {
		if (this.nanoTime != Long.MAX_VALUE && System.nanoTime() - this.nanoTime > 0) {
			throw new AnalysisTimedOut();
		}
	}

}
