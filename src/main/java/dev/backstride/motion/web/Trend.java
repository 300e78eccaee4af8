package dev.backstride.motion.web;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.backstride.motion.MotionAnalysis;
import dev.backstride.motion.MotionReport;
import dev.backstride.motion.Wording;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first measured run beside the latest, for the chart on the list page and the table that says the
 * same in words.
 *
 * @param firstDate when the first was recorded
 * @param latestDate when the latest was recorded
 * @param rows one per pelvis metric, in degrees
 * @param json the chart's data, safe inside a script element
 */
record Trend(String firstDate, String latestDate, List<Row> rows, String json) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One metric: first, latest and the change between them, worded. */
	record Row(String metric, String first, String latest, String change) {
	}

	static Trend of(MotionAnalysis first, MotionAnalysis latest, ZoneId zone) {
		String[] names = { "Tilt", "Obliquity", "Drop, left stance", "Drop, right stance", "Rotation" };
		double[] a = values(first.report());
		double[] b = values(latest.report());
		List<Row> rows = new java.util.ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			rows.add(new Row(names[i], Wording.number(a[i], 1) + "°", Wording.number(b[i], 1) + "°",
					Wording.change(b[i] - a[i], 1, "°")));
		}
		String firstDate = ReportPage.date(first.createdAt(), zone);
		String latestDate = ReportPage.date(latest.createdAt(), zone);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("labels", names);
		data.put("first", Map.of("label", "First, " + firstDate, "values", rounded(a)));
		data.put("latest", Map.of("label", "Latest, " + latestDate, "values", rounded(b)));
		return new Trend(firstDate, latestDate, rows, JSON.writeValueAsString(data).replace("<", "\\u003c"));
	}

	private static double[] values(MotionReport r) {
		return new double[] { r.tilt().mean(), r.obliquity().excursion().mean(), r.obliquity().leftDrop().mean(),
				r.obliquity().rightDrop().mean(), r.rotation().mean() };
	}

	private static double[] rounded(double[] values) {
		double[] out = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			out[i] = Math.round(values[i] * 10) / 10.0;
		}
		return out;
	}

}
