package dev.backstride.motion;

/**
 * How sure a report is of each metric: the largest error the engine showed against lab motion capture on
 * four real treadmill runs (issue 11, {@code RealRunningTests}), combined with the standard error of the
 * mean over this recording's strides (spread over the square root of their number).
 *
 * @param cadence steps per minute
 * @param tilt degrees
 * @param obliquity degrees
 * @param rotation degrees
 * @param leftDrop degrees
 * @param rightDrop degrees
 */
public record ExpectedError(double cadence, double tilt, double obliquity, double rotation, double leftDrop,
		double rightDrop) {

	/**
	 * Largest errors on the real runs, rounded up: cadence in steps/min (0.0 seen), rotation in degrees
	 * (0.09 seen). Tilt, obliquity and drops (0.22°, 0.32°, 0.19° seen) are given issue 11's target of
	 * half a degree rather than the best case: four trials of three runners are a small set.
	 */
	static final double CADENCE = 0.2, TILT = 0.5, OBLIQUITY = 0.5, ROTATION = 0.2, DROP = 0.5;

	/** The expected error of each mean in the report; zeros for a report whose running was not measured. */
	public static ExpectedError of(MotionReport r) {
		int n = r.strides().size();
		if (n == 0) {
			return new ExpectedError(0, 0, 0, 0, 0, 0);
		}
		return new ExpectedError(combined(CADENCE, r.cadence(), n), combined(TILT, r.tilt(), n),
				combined(OBLIQUITY, r.obliquity().excursion(), n), combined(ROTATION, r.rotation(), n),
				combined(DROP, r.obliquity().leftDrop(), n), combined(DROP, r.obliquity().rightDrop(), n));
	}

	private static double combined(double validated, Summary s, int n) {
		double standardError = s.sd() / Math.sqrt(n);
		return Math.sqrt(validated * validated + standardError * standardError);
	}

}
