package dev.backstride.motion.web;

import java.time.Instant;
import java.util.List;

import dev.backstride.motion.MotionReport;
import dev.backstride.motion.MotionSummary;
import dev.backstride.motion.Steadiness;
import dev.backstride.motion.Summary;
import dev.backstride.motion.Walking;
import org.jspecify.annotations.Nullable;

/**
 * The API's view of a measurement: degrees and steps per minute rounded to two decimals, drop as the
 * mean per stance side, asymmetry as the drop's left/right difference in percent. A recording whose
 * running could not be measured has {@code measured} false, the reason in {@code notMeasured}, and no
 * running fields; its walking is reported all the same.
 */
record MotionJson(long id, boolean measured, String notMeasured, int strides, @Nullable Double cadence,
		@Nullable Angle tilt, @Nullable ObliquityJson obliquity, @Nullable Angle rotation, @Nullable Double asymmetry,
		@Nullable ErrorJson expectedError, List<String> unsteady, WalkingJson walking, List<String> warnings) {

	/** How far each mean may be off: validation against lab motion capture and the strides' spread. */
	record ErrorJson(double cadence, double tilt, double obliquity, double rotation, double leftDrop,
			double rightDrop) {

		static ErrorJson of(MotionReport r) {
			var e = dev.backstride.motion.ExpectedError.of(r);
			return new ErrorJson(round(e.cadence()), round(e.tilt()), round(e.obliquity()), round(e.rotation()),
					round(e.leftDrop()), round(e.rightDrop()));
		}

	}

	/** An excursion in degrees: mean and standard deviation over the strides. */
	record Angle(double mean, double sd) {

		static Angle of(Summary s) {
			return new Angle(round(s.mean()), round(s.sd()));
		}

	}

	/** Obliquity excursion, with the mean contralateral drop in left and right stance. */
	record ObliquityJson(double mean, double sd, double left, double right) {
	}

	/** Walking bouts: steps, steps per minute, and each bout's start and end in seconds from the recording's start. */
	record WalkingJson(int steps, double cadence, List<BoutJson> bouts) {

		static WalkingJson of(Walking w) {
			return new WalkingJson(w.steps(), round(w.cadence()), w.bouts()
				.stream()
				.map(b -> new BoutJson(round(b.startSeconds()), round(b.endSeconds()), b.steps(), round(b.cadence())))
				.toList());
		}

	}

	/** One walking bout. */
	record BoutJson(double start, double end, int steps, double cadence) {
	}

	/** One line of the runner's list of measurements. */
	record Item(long id, Instant createdAt, String source, boolean measured, String notMeasured, int strides,
			@Nullable Double cadence, @Nullable Angle tilt, @Nullable ObliquityJson obliquity, @Nullable Angle rotation,
			@Nullable Double asymmetry) {

		static Item of(MotionSummary s) {
			boolean m = s.measured();
			return new Item(s.id(), s.createdAt(), s.source(), m, s.notMeasured(), s.strides(),
					m ? round(s.cadence()) : null, m ? Angle.of(s.tilt()) : null,
					m ? new ObliquityJson(round(s.obliquity().mean()), round(s.obliquity().sd()), round(s.leftDrop()),
							round(s.rightDrop())) : null,
					m ? Angle.of(s.rotation()) : null, m ? round(s.dropAsymmetryPercent()) : null);
		}

	}

	static MotionJson of(long id, MotionReport r) {
		var o = r.obliquity();
		boolean m = r.measured();
		return new MotionJson(id, m, r.notMeasured(), r.strides().size(), m ? round(r.cadence().mean()) : null,
				m ? Angle.of(r.tilt()) : null,
				m ? new ObliquityJson(round(o.excursion().mean()), round(o.excursion().sd()), round(o.leftDrop().mean()),
						round(o.rightDrop().mean())) : null,
				m ? Angle.of(r.rotation()) : null, m ? round(r.asymmetry().dropPercent()) : null,
				m ? ErrorJson.of(r) : null,
				Steadiness.of(r).stream().map(Steadiness.Unsteady::key).toList(),
				WalkingJson.of(r.walking()), r.warnings());
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0 + 0.0;
	}

}
