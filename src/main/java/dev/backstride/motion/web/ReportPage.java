package dev.backstride.motion.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.backstride.motion.DropThreshold;
import dev.backstride.motion.ExcludedSegment;
import dev.backstride.motion.GaitCurves;
import dev.backstride.motion.MotionAnalysis;
import dev.backstride.motion.MotionReport;
import dev.backstride.motion.PelvisReadings;
import dev.backstride.motion.Steadiness;
import dev.backstride.motion.StrideMetrics;
import dev.backstride.motion.Summary;
import dev.backstride.motion.Walking;
import dev.backstride.motion.Wording;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the report page shows, already worded and formatted, so that the template only lays it out.
 *
 * @param baselineNote which measurement the changes are against, or that this one is the baseline
 * @param strideNote set when the stride table is cut short
 */
record ReportPage(long id, String date, String source, String duration, boolean measured, String notMeasured,
		int strideCount, List<Line> summary,
		List<PelvisReadings.Reading> readings, String thresholdBasis, String baselineNote, List<StrideRow> strides,
		String strideNote, List<String> excluded, List<String> warnings, String curvesJson, String walking,
		List<String> walkingBouts, String howSure) {

	/** The most stride rows a page shows: an hour's run has thousands, and a phone would choke. */
	static final int MAX_STRIDE_ROWS = 500;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One row of the summary table. */
	record Line(String rule, String metric, String value, String typical, String first, String change) {
	}

	/** One row of the per-stride table. */
	record StrideRow(int number, String start, String cadence, String tilt, String obliquity, String rotation,
			String leftDrop, String rightDrop) {
	}

	static ReportPage of(MotionAnalysis analysis, Optional<MotionAnalysis> baseline, DropThreshold threshold,
			ZoneId zone) {
		MotionReport r = analysis.report();
		Optional<MotionAnalysis> other = baseline.filter(b -> b.id() != analysis.id());
		Optional<MotionReport> first = other.map(MotionAnalysis::report);
		String note = other.map(b -> "Changes are against your first measurement, " + date(b.createdAt(), zone) + ".")
			.orElse("This is your first measurement: later ones are compared with it.");
		List<PelvisReadings.Reading> readings = PelvisReadings.of(r, threshold,
				other.map(b -> new PelvisReadings.Baseline(b.id(), b.createdAt(), b.report())));
		boolean measured = r.measured();
		return new ReportPage(analysis.id(), date(analysis.createdAt(), zone), analysis.source(),
				Wording.duration(analysis.durationSeconds()), measured, r.notMeasured(), r.strides().size(),
				measured ? summary(r, first, threshold) : List.of(), measured ? readings : List.of(), threshold.basis(),
				note, strides(r),
				r.strides().size() > MAX_STRIDE_ROWS
						? "The first " + MAX_STRIDE_ROWS + " of " + r.strides().size() + " strides are shown." : "",
				r.excluded().stream().map(ReportPage::excluded).toList(), r.warnings(), curves(r.curves()),
				walking(r.walking()), r.walking().bouts().stream().map(ReportPage::bout).toList(),
				measured ? howSure(r) : "");
	}

	/** The expected error of the headline numbers, in one plain sentence. */
	static String howSure(MotionReport r) {
		var e = dev.backstride.motion.ExpectedError.of(r);
		return "How exact these are: tilt within about " + Wording.number(e.tilt(), 1) + "°, obliquity "
				+ Wording.number(e.obliquity(), 1) + "°, rotation " + Wording.number(e.rotation(), 1)
				+ "°, the drops " + Wording.number(Math.max(e.leftDrop(), e.rightDrop()), 1) + "° and cadence "
				+ Wording.number(e.cadence(), 1) + " steps/min, from tests against lab motion capture on real runs"
				+ " and from how much your strides differed." + unsteady(r);
	}

	private static String unsteady(MotionReport r) {
		String flagged = Steadiness.sentence(Steadiness.of(r));
		return flagged.isEmpty() ? "" : " " + flagged;
	}

	/** The walking in one sentence, or empty without walking. */
	static String walking(Walking w) {
		if (w.bouts().isEmpty()) {
			return "";
		}
		return format("You walked %d steps in %s, at %s steps a minute on average. Walking is counted apart from"
				+ " the running and never mixed into its measurements.", w.steps(),
				w.bouts().size() == 1 ? "one stretch" : w.bouts().size() + " stretches", Wording.number(w.cadence(), 0));
	}

	private static String bout(Walking.Bout b) {
		return format("From %s to %s: %d steps, %s steps a minute", clock(b.startSeconds()), clock(b.endSeconds()),
				b.steps(), Wording.number(b.cadence(), 0));
	}

	/** Seconds from the recording's start as minutes and seconds: "2:05". */
	static String clock(double seconds) {
		long s = Math.round(seconds);
		return s / 60 + ":" + String.format(Locale.ROOT, "%02d", s % 60);
	}

	private static List<Line> summary(MotionReport r, Optional<MotionReport> first, DropThreshold threshold) {
		List<Line> lines = new ArrayList<>();
		lines.add(line("K-CAD", "Cadence", r.cadence(), "—", first.map(MotionReport::cadence), 0, " steps/min"));
		lines.add(line("K-TILT", "Tilt excursion", r.tilt(), "~6–7.5°", first.map(MotionReport::tilt), 1, "°"));
		lines.add(line("K-OBLIQ", "Obliquity excursion", r.obliquity().excursion(), "~8–9.5°",
				first.map(f -> f.obliquity().excursion()), 1, "°"));
		String limit = format("up to %.0f°", threshold.degrees());
		lines.add(line("K-OBLIQ", "Drop, left stance", r.obliquity().leftDrop(), limit,
				first.map(f -> f.obliquity().leftDrop()), 1, "°"));
		lines.add(line("K-OBLIQ", "Drop, right stance", r.obliquity().rightDrop(), limit,
				first.map(f -> f.obliquity().rightDrop()), 1, "°"));
		lines.add(line("K-ROT", "Rotation excursion", r.rotation(), "~10–16°", first.map(MotionReport::rotation), 1,
				"°"));
		double asym = r.asymmetry().dropPercent();
		lines.add(new Line("K-ASYM", "Drop left/right difference", Wording.number(asym, 0) + "%", "up to 20%",
				first.map(f -> Wording.number(f.asymmetry().dropPercent(), 0) + "%").orElse("—"),
				first.map(f -> Wording.changeInWords(asym - f.asymmetry().dropPercent(), 0, "percentage points"))
					.orElse("—")));
		return lines;
	}

	private static Line line(String rule, String metric, Summary now, String typical, Optional<Summary> first,
			int decimals, String unit) {
		return new Line(rule, metric,
				Wording.number(now.mean(), decimals) + unit + " ± " + Wording.number(now.sd(), decimals) + unit,
				typical, first.map(f -> Wording.number(f.mean(), decimals) + unit).orElse("—"),
				first.map(f -> Wording.change(now.mean() - f.mean(), decimals, unit.strip())).orElse("—"));
	}

	private static List<StrideRow> strides(MotionReport r) {
		List<StrideRow> rows = new ArrayList<>();
		List<StrideMetrics> strides = r.strides();
		for (int i = 0; i < Math.min(strides.size(), MAX_STRIDE_ROWS); i++) {
			StrideMetrics s = strides.get(i);
			rows.add(new StrideRow(i + 1, Wording.number(s.startSeconds(), 1), Wording.number(s.cadence(), 0),
					Wording.number(s.tiltDegrees(), 1), Wording.number(s.obliquityDegrees(), 1),
					Wording.number(s.rotationDegrees(), 1), Wording.number(s.leftDropDegrees(), 1),
					Wording.number(s.rightDropDegrees(), 1)));
		}
		return rows;
	}

	private static String excluded(ExcludedSegment e) {
		return clock(e.startSeconds()) + "–" + clock(e.endSeconds()) + ": " + e.reason();
	}

	/** The three curves as JSON for the charts; safe inside a script element (no "<"). */
	static String curves(GaitCurves curves) {
		Map<String, Map<String, double[]>> data = new LinkedHashMap<>();
		data.put("tilt", curve(curves.tilt()));
		data.put("obliquity", curve(curves.obliquity()));
		data.put("rotation", curve(curves.rotation()));
		return JSON.writeValueAsString(data).replace("<", "\\u003c");
	}

	private static Map<String, double[]> curve(GaitCurves.Curve c) {
		return Map.of("mean", rounded(c.mean()), "sd", rounded(c.sd()));
	}

	private static double[] rounded(double[] values) {
		double[] out = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			out[i] = MotionJson.round(values[i]);
		}
		return out;
	}

	static String date(Instant instant, ZoneId zone) {
		return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(zone).format(instant);
	}

	private static String format(String pattern, Object... args) {
		return String.format(Locale.ROOT, pattern, args);
	}

}
