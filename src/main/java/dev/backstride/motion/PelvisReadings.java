package dev.backstride.motion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Plain-English readings of a report, one per PROTOCOL §7 rule, against the typical bands and against
 * the runner's own first measurement. Information for the runner, never a diagnosis: the strongest
 * thing said is that a drop beyond the threshold is worth a gait check with a physiotherapist
 * ({@value #GAIT_CHECK}).
 */
public final class PelvisReadings {

	/** The flag raised when the contralateral drop passes the threshold. */
	public static final String GAIT_CHECK = "C-PELVIS";

	/**
	 * One reading.
	 *
	 * @param rule the protocol rule, e.g. {@code K-TILT}
	 * @param metric what is measured
	 * @param value the number, with its unit
	 * @param text what it means, in a sentence or two
	 * @param flag the rule id raised, e.g. {@code C-PELVIS} or {@code K-ASYM}; empty when nothing stands out
	 */
	public record Reading(String rule, String metric, String value, String text, Optional<String> flag) {
	}

	/** The runner's first measurement, to compare with: its date and report. */
	public record Baseline(long id, Instant createdAt, MotionReport report) {
	}

	private PelvisReadings() {
	}

	public static List<Reading> of(MotionReport report, DropThreshold threshold, Optional<Baseline> baseline) {
		List<Reading> readings = new ArrayList<>();
		readings.add(cadence(report, baseline));
		readings.add(tilt(report, baseline));
		readings.add(obliquity(report, baseline));
		readings.add(drop(report, threshold));
		readings.add(rotation(report, baseline));
		readings.add(asymmetry(report));
		return readings;
	}

	/** The rule ids a report raises: what {@link PelvisMeasured} carries. */
	public static List<String> flags(MotionReport report, DropThreshold threshold) {
		List<String> flags = new ArrayList<>();
		if (threshold.passedBy(report.obliquity())) {
			flags.add(GAIT_CHECK);
		}
		if (report.asymmetry().dropFlagged()) {
			flags.add("K-ASYM");
		}
		return flags;
	}

	private static Reading cadence(MotionReport r, Optional<Baseline> baseline) {
		return new Reading("K-CAD", "Cadence", format("%.0f steps/min", r.cadence().mean()),
				"Steps per minute while running. There is no target: cadence rises with speed, so compare runs at"
						+ " a similar pace." + change(r.cadence().mean(), baseline.map(b -> b.report().cadence().mean()),
								"steps/min", baseline),
				Optional.empty());
	}

	private static Reading tilt(MotionReport r, Optional<Baseline> baseline) {
		double tilt = r.tilt().mean();
		String own = baseline.isPresent() ? change(tilt, baseline.map(b -> b.report().tilt().mean()), "°", baseline)
				: " This is your first measurement, so it becomes your baseline.";
		return new Reading("K-TILT", "Pelvic tilt (forward–back)", degrees(tilt),
				"How far the pelvis tips forward and back within a stride. No reliable norm exists for tilt, so what"
						+ " matters is the change from your own first measurement." + own + " For information: that is "
						+ Band.TILT.place(tilt) + " of healthy runners in studies.",
				Optional.empty());
	}

	private static Reading obliquity(MotionReport r, Optional<Baseline> baseline) {
		double excursion = r.obliquity().excursion().mean();
		return new Reading("K-OBLIQ", "Pelvic obliquity (side to side)", degrees(excursion),
				"How far the pelvis tips from side to side within a stride: " + Band.OBLIQUITY.place(excursion)
						+ " of healthy runners." + change(excursion,
								baseline.map(b -> b.report().obliquity().excursion().mean()), "°", baseline),
				Optional.empty());
	}

	private static Reading drop(MotionReport r, DropThreshold threshold) {
		double left = r.obliquity().leftDrop().mean();
		double right = r.obliquity().rightDrop().mean();
		String value = format("left stance %.1f°, right stance %.1f°", left, right);
		String compared = " Compared with " + threshold.basis() + ".";
		if (threshold.passedBy(r.obliquity())) {
			String side = left >= right ? "on your left leg" : "on your right leg";
			return new Reading("K-OBLIQ", "Pelvic drop", value, "When you stand " + side
					+ ", the other side of your pelvis drops " + degrees(Math.max(left, right))
					+ ", beyond the threshold." + compared
					+ " A drop like this is worth a gait check with a physiotherapist. It is not a diagnosis, and a"
					+ " phone on the waistband is not a lab measurement.", Optional.of(GAIT_CHECK));
		}
		return new Reading("K-OBLIQ", "Pelvic drop", value,
				"How far the unsupported side of the pelvis falls while you stand on one leg: within the threshold."
						+ compared,
				Optional.empty());
	}

	private static Reading rotation(MotionReport r, Optional<Baseline> baseline) {
		double rotation = r.rotation().mean();
		return new Reading("K-ROT", "Pelvic rotation", degrees(rotation),
				"How far the pelvis turns about the vertical within a stride: " + Band.ROTATION.place(rotation)
						+ " of healthy runners. It rises with speed and is higher in women." + change(rotation,
								baseline.map(b -> b.report().rotation().mean()), "°", baseline),
				Optional.empty());
	}

	private static Reading asymmetry(MotionReport r) {
		Asymmetry a = r.asymmetry();
		String value = format("drop %.0f%%, step time %.0f%%", a.dropPercent(), a.stepTimePercent());
		boolean flagged = a.dropFlagged() || a.stepTimeFlagged();
		String text = flagged
				? "The difference between your left and right side is over " + (int) Asymmetry.FLAG_PERCENT
						+ "%" + (a.dropFlagged() ? " for the pelvic drop" : "")
						+ (a.dropFlagged() && a.stepTimeFlagged() ? " and" : "")
						+ (a.stepTimeFlagged() ? " for the step time" : "")
						+ ". Worth keeping an eye on, especially together with pain on one side."
				: "Left and right differ by less than " + (int) Asymmetry.FLAG_PERCENT + "%: nothing stands out.";
		return new Reading("K-ASYM", "Left/right difference", value, text,
				flagged ? Optional.of("K-ASYM") : Optional.empty());
	}

	private static String change(double now, Optional<Double> then, String unit, Optional<Baseline> baseline) {
		if (then.isEmpty() || baseline.isEmpty()) {
			return "";
		}
		int decimals = unit.equals("°") ? 1 : 0;
		String change = Wording.changeInWords(now - then.get(), decimals, unit);
		return change.equals("the same") ? " The same as in your first measurement."
				: " Since your first measurement: " + change + ".";
	}

	private static String degrees(double value) {
		return format("%.1f°", value);
	}

	private static String format(String pattern, Object... args) {
		return String.format(Locale.ROOT, pattern, args);
	}

}
