package dev.backstride.motion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.backstride.motion.angles.PelvisAngles;
import dev.backstride.motion.angles.PelvisFrame;
import dev.backstride.motion.angles.TiltAxis;
import dev.backstride.motion.attitude.Attitude;
import dev.backstride.motion.attitude.AttitudeEstimator;
import dev.backstride.motion.attitude.GravityAnchoredSmoother;
import dev.backstride.motion.events.Exclusions;
import dev.backstride.motion.events.FootContacts;
import dev.backstride.motion.events.RunningBouts;
import dev.backstride.motion.events.Strides;
import dev.backstride.motion.events.WalkingSteps;
import dev.backstride.motion.metrics.StrideMeasures;
import dev.backstride.motion.preparation.Deadline;
import dev.backstride.motion.preparation.RecordingCheck;
import dev.backstride.motion.preparation.UniformSamples;
import dev.backstride.motion.preparation.Workspace;

/**
 * Pelvis motion while running (PROTOCOL §7) from a phone worn at the lower back, worn any way round.
 * <p>
 * Steps: check the recording; resample it to a uniform rate; estimate the phone's orientation from the
 * whole recording ({@link GravityAnchoredSmoother}); find foot contacts and keep the running steps;
 * find the pelvis axes in the phone from gravity and the running direction ({@link PelvisFrame}), turned to
 * the pelvis' own axes by how it leans step after step ({@link TiltAxis});
 * compute the angles; tell left from right; measure each stride.
 * <p>
 * Angles, in degrees, are the pelvis orientation against a level frame facing the direction of travel
 * (x forward, y left, z up), decomposed rotation–obliquity–tilt (Baker 2001; intrinsic z, then x, then
 * y): tilt positive anterior, obliquity positive when the right side is lower, rotation positive when
 * the pelvis turns left. Zero is the mean pelvis posture while running, because a phone cannot tell a
 * tilted pelvis from a tilted phone; excursions do not depend on it.
 * <p>
 * Contralateral drop: a stride runs from left contact to left contact. The left drop is the drop during
 * left-leg stance (left contact to right contact): how far the unsupported right side falls below the
 * stride's mean obliquity, in degrees. The right drop is the same for right-leg stance and the left
 * side. Cadence is steps per minute.
 */
public final class PelvisAnalysis {

	/** PROTOCOL §7 metrics mean little over fewer strides. */
	public static final int MINIMUM_STRIDES = 20;

	private static final double WINDOW_SECONDS = 2;

	private final AttitudeEstimator attitude;

	public PelvisAnalysis() {
		this(new GravityAnchoredSmoother());
	}

	PelvisAnalysis(AttitudeEstimator attitude) {
		this.attitude = attitude;
	}

	/** Analyses one recording with the default orientation estimate. */
	public static MotionOutcome analyse(ImuRecording recording) {
		return new PelvisAnalysis().run(recording);
	}

	/**
	 * Analyses one recording, giving up with {@link AnalysisTimedOut} once {@code limit} has passed (checked
	 * between stages).
	 */
	public static MotionOutcome analyse(ImuRecording recording, java.time.Duration limit) {
		return new PelvisAnalysis().run(recording, Deadline.after(limit));
	}

	MotionOutcome run(ImuRecording recording) {
		return run(recording, Deadline.NONE);
	}

	MotionOutcome run(ImuRecording recording, Deadline deadline) {
		return switch (RecordingCheck.of(recording)) {
			case RecordingCheck.Refused refused -> new MotionOutcome.Rejected(refused.reason());
			case RecordingCheck.TooShort tooShort -> new MotionOutcome.Analysed(
					Reports.notMeasured(tooShort.reason(), List.of(), List.of(), Walking.NONE));
			case RecordingCheck.Usable usable -> resampled(recording, usable, deadline);
		};
	}

	private MotionOutcome resampled(ImuRecording recording, RecordingCheck.Usable usable, Deadline deadline) {
		deadline.check();
		UniformSamples s = UniformSamples.of(recording, usable.rate(), usable.accelerationScale());
		try {
			return analyse(s, usable, deadline);
		}
		finally {
			s.work.giveBack();
		}
	}

	/** The analysis proper; nothing it returns refers to the workspace of {@code s}. */
	private MotionOutcome analyse(UniformSamples s, RecordingCheck.Usable usable, Deadline deadline) {
		Workspace work = s.work;
		double[][] level = { work.doubles(s.size), work.doubles(s.size), work.doubles(s.size) };
		deadline.check();
		Attitude q = this.attitude.estimate(s, level);
		deadline.check();
		int mark = work.mark();
		FootContacts steps = FootContacts.detect(level[2], s.size, s.rate, work.doubles(s.size));
		work.release(mark);
		RunningBouts bouts = RunningBouts.of(steps, work.clearedFlags(s.size));
		List<ExcludedSegment> excluded = Exclusions.of(bouts, level[2], s);
		mark = work.mark();
		Walking walking = WalkingSteps.find(level[2], bouts.mask, s, work.doubles(s.size), work.doubles(s.size));
		work.release(mark);
		if (bouts.count() == 0) {
			return tooShort(0, excluded, usable.warnings(), walking);
		}
		deadline.check();
		PelvisFrame travel = PelvisFrame.fit(q, level, bouts.mask, steps.typicalRunningStep(), WINDOW_SECONDS, s.rate,
				work);
		PelvisFrame frame = travel.turned(TiltAxis.turn(q, travel, steps, bouts));
		deadline.check();
		PelvisAngles angles = PelvisAngles.of(q, frame, level, work);
		deadline.check();
		Strides strides = Strides.of(steps, bouts, angles.lateral, s.gap, s.rate, s.size);
		if (strides.count() < MINIMUM_STRIDES) {
			return tooShort(strides.count(), excluded, usable.warnings(), walking);
		}
		List<String> warnings = new ArrayList<>(usable.warnings());
		if (strides.acrossGaps > 0) {
			warnings.add(strides.acrossGaps == 1 ? "1 stride across a gap in the data was left out."
					: strides.acrossGaps + " strides across gaps in the data were left out.");
		}
		deadline.check();
		List<StrideMetrics> metrics = StrideMeasures.measure(strides, angles, s);
		deadline.check();
		return new MotionOutcome.Analysed(
				Reports.of(metrics, StrideMeasures.curves(strides, angles), excluded, warnings, walking));
	}

	private static MotionOutcome tooShort(int strides, List<ExcludedSegment> excluded, List<String> warnings,
			Walking walking) {
		String found = switch (strides) {
			case 0 -> "no running strides were found";
			case 1 -> "only 1 running stride was found";
			default -> "only " + strides + " running strides were found";
		};
		String reason = String.format(Locale.ROOT, "The running is too short to measure: %s, and at least %d are"
				+ " needed.", found, MINIMUM_STRIDES);
		return new MotionOutcome.Analysed(Reports.notMeasured(reason, excluded, warnings, walking));
	}

}
