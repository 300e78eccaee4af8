package dev.backstride.insight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.backstride.screening.Change;
import dev.backstride.screening.MeaningfulChange;

/**
 * The function index over time (M-FUNC, lower is better), with a marker wherever it moved by a
 * meaningful change (10 points or 30 %) from the last marked score, and one sentence reading it.
 */
public record FunctionTrend(List<Point> points, List<ChangeMarker> markers, String reading) {

	public record Point(LocalDate date, BigDecimal percent) {
	}

	/** Scores oldest first. */
	public static FunctionTrend of(List<Point> points) {
		List<ChangeMarker> markers = new ArrayList<>();
		for (int i = 1, ref = 0; i < points.size(); i++) {
			Change change = MeaningfulChange.function(points.get(ref).percent(), points.get(i).percent());
			if (change != Change.NO_MEANINGFUL_CHANGE) {
				markers.add(new ChangeMarker(points.get(i).date(), points.get(i).percent().doubleValue(), change.label()));
				ref = i;
			}
		}
		return new FunctionTrend(List.copyOf(points), markers, reading(points));
	}

	private static String reading(List<Point> points) {
		if (points.isEmpty()) {
			return "No function scores yet: answer the function questions to start this chart.";
		}
		if (points.size() == 1) {
			return "One score so far (" + points.get(0).percent().toPlainString()
					+ "%): answer again in four weeks to see whether it changes.";
		}
		Point first = points.get(0);
		Point last = points.get(points.size() - 1);
		String verdict = switch (MeaningfulChange.function(first.percent(), last.percent())) {
			case MEANINGFUL_IMPROVEMENT -> "a real improvement (lower means the back limits you less).";
			case MEANINGFUL_WORSENING -> "a real worsening (higher means the back limits you more).";
			case NO_MEANINGFUL_CHANGE -> "no real change yet (it takes 10 points or 30% to count).";
		};
		return "Your function index went from " + first.percent().toPlainString() + "% on "
				+ PainTrend.DAY.format(first.date()) + " to " + last.percent().toPlainString() + "% on "
				+ PainTrend.DAY.format(last.date()) + ": " + verdict;
	}

}
