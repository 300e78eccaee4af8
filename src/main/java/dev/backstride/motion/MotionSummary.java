package dev.backstride.motion;

import java.time.Instant;
import java.util.Objects;

/**
 * The headline numbers of one stored measurement, for lists: read without the full report.
 *
 * @param id the measurement's number
 * @param createdAt when it was analysed
 * @param source where the samples came from
 * @param durationSeconds first to last sample
 * @param strides running strides measured
 * @param cadence K-CAD, steps per minute (mean)
 * @param tilt K-TILT excursion, degrees
 * @param obliquity K-OBLIQ excursion, degrees
 * @param leftDrop mean contralateral drop in left-leg stance, degrees
 * @param rightDrop mean contralateral drop in right-leg stance, degrees
 * @param rotation K-ROT excursion, degrees
 * @param dropAsymmetryPercent K-ASYM of the contralateral drop
 * @param notMeasured why the running could not be measured; empty when it was
 */
public record MotionSummary(long id, Instant createdAt, String source, double durationSeconds, int strides,
		double cadence, Summary tilt, Summary obliquity, double leftDrop, double rightDrop, Summary rotation,
		double dropAsymmetryPercent, String notMeasured) {

	public MotionSummary {
		Objects.requireNonNull(createdAt, "createdAt");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(tilt, "tilt");
		Objects.requireNonNull(obliquity, "obliquity");
		Objects.requireNonNull(rotation, "rotation");
		Objects.requireNonNull(notMeasured, "notMeasured");
	}

	/** Whether the running was measured. */
	public boolean measured() {
		return this.notMeasured.isEmpty();
	}

}
