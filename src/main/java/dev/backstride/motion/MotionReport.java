package dev.backstride.motion;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Pelvis motion over the running strides of one recording (PROTOCOL §7), and the walking in it.
 *
 * @param strides each running stride, in time order; empty when the running was not measured
 * @param cadence K-CAD, steps per minute
 * @param tilt K-TILT excursion, degrees
 * @param obliquity K-OBLIQ excursion and contralateral drop, degrees
 * @param rotation K-ROT excursion, degrees
 * @param asymmetry K-ASYM, percent
 * @param curves angles over the normalised gait cycle, degrees
 * @param excluded stretches left out (standing, walking, gaps) with reasons
 * @param warnings things the runner should know about the data, e.g. a low sample rate
 * @param notMeasured why the running could not be measured, written for the runner; empty when it was
 * @param walking the walking bouts, counted apart from the running
 */
public record MotionReport(List<StrideMetrics> strides, Summary cadence, Summary tilt, Obliquity obliquity,
		Summary rotation, Asymmetry asymmetry, GaitCurves curves, List<ExcludedSegment> excluded,
		List<String> warnings, String notMeasured, Walking walking) {

	public MotionReport(List<StrideMetrics> strides, Summary cadence, Summary tilt, Obliquity obliquity,
			Summary rotation, Asymmetry asymmetry, GaitCurves curves, List<ExcludedSegment> excluded,
			List<String> warnings) {
		this(strides, cadence, tilt, obliquity, rotation, asymmetry, curves, excluded, warnings, "", Walking.NONE);
	}

	// reports stored before walking and "not measured" existed read back with both missing
	public MotionReport(List<StrideMetrics> strides, Summary cadence, Summary tilt, Obliquity obliquity,
			Summary rotation, Asymmetry asymmetry, GaitCurves curves, List<ExcludedSegment> excluded,
			List<String> warnings, @Nullable String notMeasured, @Nullable Walking walking) {
		this.strides = List.copyOf(strides);
		this.excluded = List.copyOf(excluded);
		this.warnings = List.copyOf(warnings);
		this.cadence = Objects.requireNonNull(cadence, "cadence");
		this.tilt = Objects.requireNonNull(tilt, "tilt");
		this.obliquity = Objects.requireNonNull(obliquity, "obliquity");
		this.rotation = Objects.requireNonNull(rotation, "rotation");
		this.asymmetry = Objects.requireNonNull(asymmetry, "asymmetry");
		this.curves = Objects.requireNonNull(curves, "curves");
		this.notMeasured = notMeasured == null ? "" : notMeasured;
		this.walking = walking == null ? Walking.NONE : walking;
	}

	/** Whether the running was measured: enough running strides were found. */
	public boolean measured() {
		return this.notMeasured.isEmpty();
	}

	/** The same report with other warnings. */
	public MotionReport withWarnings(List<String> others) {
		return new MotionReport(this.strides, this.cadence, this.tilt, this.obliquity, this.rotation,
				this.asymmetry, this.curves, this.excluded, others, this.notMeasured, this.walking);
	}

}
