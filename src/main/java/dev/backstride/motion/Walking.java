package dev.backstride.motion;

import java.util.List;

/**
 * The walking in a recording, counted apart from the running and never mixed into its metrics.
 *
 * @param steps steps taken in all walking bouts
 * @param cadence steps per minute over the walking bouts (their cadences weighted by steps), 0 without walking
 * @param bouts each stretch of steady walking, in time order
 */
public record Walking(int steps, double cadence, List<Bout> bouts) {

	/** No walking found. */
	public static final Walking NONE = new Walking(0, 0, List.of());

	public Walking {
		bouts = List.copyOf(bouts);
		if (steps < 0 || !(cadence >= 0) || !Double.isFinite(cadence)) {
			throw new IllegalArgumentException("walking needs steps >= 0 and a finite cadence >= 0");
		}
	}

	/**
	 * One stretch of steady walking.
	 *
	 * @param startSeconds first foot contact, seconds from the recording's start
	 * @param endSeconds last foot contact, seconds from the recording's start
	 * @param steps steps in the bout (foot contacts)
	 * @param cadence steps per minute within the bout
	 */
	public record Bout(double startSeconds, double endSeconds, int steps, double cadence) {

		public Bout {
			if (!(endSeconds >= startSeconds) || steps < 0 || !(cadence >= 0)) {
				throw new IllegalArgumentException("a walking bout needs start <= end, steps >= 0, cadence >= 0");
			}
		}

	}

	/** Sums bouts into the recording's walking. */
	public static Walking of(List<Bout> bouts) {
		int steps = 0;
		double weighted = 0;
		for (Bout b : bouts) {
			steps += b.steps();
			weighted += b.cadence() * b.steps();
		}
		return new Walking(steps, steps > 0 ? weighted / steps : 0, bouts);
	}

}
