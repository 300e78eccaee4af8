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
import dev.backstride.motion.StrideMetrics;
import dev.backstride.motion.Summary;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the report page shows, already worded and formatted, so that the template only lays it out.
 *
 * @param baselineNote which measurement the changes are against, or that this one is the baseline
 * @param strideNote set when the stride table is cut short
 */
record ReportPage(long id, String date, String source, String duration, int strideCount, List<Line> summary,
		List<PelvisReadings.Reading> readings, String thresholdBasis, String baselineNote, List<StrideRow> strides,
		String strideNote, List<String> excluded, List<String> warnings, String curvesJson) {

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
		return new ReportPage(analysis.id(), date(analysis.createdAt(), zone), analysis.source(),
				format("%.0f min %02.0f s", Math.floor(analysis.durationSeconds() / 60), analysis.durationSeconds() % 60),
				r.strides().size(), summary(r, first, threshold), readings, threshold.basis(), note, strides(r),
				r.strides().size() > MAX_STRIDE_ROWS
						? "The first " + MAX_STRIDE_ROWS + " of " + r.strides().size() + " strides are shown." : "",
				r.excluded().stream().map(ReportPage::excluded).toList(), r.warnings(), curves(r.curves()));
	}

	private static List<Line> summary(MotionReport r, Optional<MotionReport> first, DropThreshold threshold) {
		List<Line> lines = new ArrayList<>();
		lines.add(line("K-CAD", "Cadence (steps/min)", r.cadence(), "—", first.map(MotionReport::cadence), 0));
		lines.add(line("K-TILT", "Tilt excursion", r.tilt(), "~6–7.5°", first.map(MotionReport::tilt), 1));
		lines.add(line("K-OBLIQ", "Obliquity excursion", r.obliquity().excursion(), "~8–9.5°",
				first.map(f -> f.obliquity().excursion()), 1));
		String limit = format("≤ %.0f°", threshold.degrees());
		lines.add(line("K-OBLIQ", "Drop, left stance", r.obliquity().leftDrop(), limit,
				first.map(f -> f.obliquity().leftDrop()), 1));
		lines.add(line("K-OBLIQ", "Drop, right stance", r.obliquity().rightDrop(), limit,
				first.map(f -> f.obliquity().rightDrop()), 1));
		lines.add(line("K-ROT", "Rotation excursion", r.rotation(), "~10–16°", first.map(MotionReport::rotation), 1));
		double asym = r.asymmetry().dropPercent();
		lines.add(new Line("K-ASYM", "Drop left/right difference", format("%.0f%%", asym), "≤ 20%",
				first.map(f -> format("%.0f%%", f.asymmetry().dropPercent())).orElse("—"),
				first.map(f -> format("%+.0f points", asym - f.asymmetry().dropPercent())).orElse("—")));
		return lines;
	}

	private static Line line(String rule, String metric, Summary now, String typical, Optional<Summary> first,
			int decimals) {
		String number = "%." + decimals + "f";
		return new Line(rule, metric, format(number + " ± " + number, now.mean(), now.sd()), typical,
				first.map(f -> format(number, f.mean())).orElse("—"),
				first.map(f -> format("%+." + decimals + "f", now.mean() - f.mean())).orElse("—"));
	}

	private static List<StrideRow> strides(MotionReport r) {
		List<StrideRow> rows = new ArrayList<>();
		List<StrideMetrics> strides = r.strides();
		for (int i = 0; i < Math.min(strides.size(), MAX_STRIDE_ROWS); i++) {
			StrideMetrics s = strides.get(i);
			rows.add(new StrideRow(i + 1, format("%.1f", s.startSeconds()), format("%.0f", s.cadence()),
					format("%.1f", s.tiltDegrees()), format("%.1f", s.obliquityDegrees()),
					format("%.1f", s.rotationDegrees()), format("%.1f", s.leftDropDegrees()),
					format("%.1f", s.rightDropDegrees())));
		}
		return rows;
	}

	private static String excluded(ExcludedSegment e) {
		return format("%.0f–%.0f s: %s", e.startSeconds(), e.endSeconds(), e.reason());
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
