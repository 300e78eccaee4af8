package dev.backstride.insight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The chart data that {@code insights.js} draws, written once for the insights page and the home page:
 * a JSON object with one entry per chart, safe inside a {@code <script type="application/json">}.
 */
public final class TrendCharts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TrendCharts() {
	}

	/** The entries of one page's chart data, in order. */
	public static final class Data {

		private final Map<String, Object> entries = new LinkedHashMap<>();

		public Data with(String chart, Object value) {
			this.entries.put(chart, value);
			return this;
		}

	}

	public static Data data() {
		return new Data();
	}

	/** A line over time: its points and its better / worse marks. */
	public static Map<String, Object> line(List<?> points, List<ChangeMarker> markers) {
		return Map.of("points", points, "markers", markers);
	}

	/** The data as JSON with no "<", so that it cannot end the script element it sits in. */
	public static String json(Data data) {
		return JSON.writeValueAsString(data.entries).replace("<", "\\u003c");
	}

}
