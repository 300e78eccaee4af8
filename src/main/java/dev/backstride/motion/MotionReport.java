package dev.backstride.motion;

import java.util.List;
import java.util.Objects;

/**
 * Pelvis motion over the running strides of one recording (PROTOCOL §7).
 *
 * @param strides each running stride, in time order
 * @param cadence K-CAD, steps per minute
 * @param tilt K-TILT excursion, degrees
 * @param obliquity K-OBLIQ excursion and contralateral drop, degrees
 * @param rotation K-ROT excursion, degrees
 * @param asymmetry K-ASYM, percent
 * @param curves angles over the normalised gait cycle, degrees
 * @param excluded stretches left out (standing, walking, gaps) with reasons
 * @param warnings things the runner should know about the data, e.g. a low sample rate
 */
public record MotionReport(List<StrideMetrics> strides, Summary cadence, Summary tilt, Obliquity obliquity,
		Summary rotation, Asymmetry asymmetry, GaitCurves curves, List<ExcludedSegment> excluded,
		List<String> warnings) {

	public MotionReport {
		strides = List.copyOf(strides);
		excluded = List.copyOf(excluded);
		warnings = List.copyOf(warnings);
		Objects.requireNonNull(cadence, "cadence");
		Objects.requireNonNull(tilt, "tilt");
		Objects.requireNonNull(obliquity, "obliquity");
		Objects.requireNonNull(rotation, "rotation");
		Objects.requireNonNull(asymmetry, "asymmetry");
		Objects.requireNonNull(curves, "curves");
	}

}
