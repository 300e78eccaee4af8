package dev.backstride.motion.web;

import java.time.Instant;
import java.util.List;

import dev.backstride.motion.MotionReport;
import dev.backstride.motion.MotionSummary;
import dev.backstride.motion.Summary;

/**
 * The API's view of a measurement: degrees and steps per minute rounded to two decimals, drop as the
 * mean per stance side, asymmetry as the drop's left/right difference in percent.
 */
record MotionJson(long id, int strides, double cadence, Angle tilt, ObliquityJson obliquity, Angle rotation,
		double asymmetry, List<String> warnings) {

	/** An excursion in degrees: mean and standard deviation over the strides. */
	record Angle(double mean, double sd) {

		static Angle of(Summary s) {
			return new Angle(round(s.mean()), round(s.sd()));
		}

	}

	/** Obliquity excursion, with the mean contralateral drop in left and right stance. */
	record ObliquityJson(double mean, double sd, double left, double right) {
	}

	/** One line of the runner's list of measurements. */
	record Item(long id, Instant createdAt, String source, int strides, double cadence, Angle tilt,
			ObliquityJson obliquity, Angle rotation, double asymmetry) {

		static Item of(MotionSummary s) {
			return new Item(s.id(), s.createdAt(), s.source(), s.strides(), round(s.cadence()), Angle.of(s.tilt()),
					new ObliquityJson(round(s.obliquity().mean()), round(s.obliquity().sd()), round(s.leftDrop()),
							round(s.rightDrop())),
					Angle.of(s.rotation()), round(s.dropAsymmetryPercent()));
		}

	}

	static MotionJson of(long id, MotionReport r) {
		var o = r.obliquity();
		return new MotionJson(id, r.strides().size(), round(r.cadence().mean()), Angle.of(r.tilt()),
				new ObliquityJson(round(o.excursion().mean()), round(o.excursion().sd()), round(o.leftDrop().mean()),
						round(o.rightDrop().mean())),
				Angle.of(r.rotation()), round(r.asymmetry().dropPercent()), r.warnings());
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
