package dev.backstride.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.backstride.screening.Change;
import dev.backstride.screening.MeaningfulChange;
import dev.backstride.screening.RiskStratum;

/**
 * The risk screen over time (M-RISK, lower is better): each answer's risk group, with a marker wherever
 * the group changed (the meaningful change of PROTOCOL §3), and one sentence reading it.
 */
public record RiskTrend(List<Point> points, List<ChangeMarker> markers, String reading) {

	/**
	 * One answered risk screen: {@code level} 1 low, 2 medium, 3 high (the chart's height),
	 * {@code total} the score 0–9, {@code words} "low risk".
	 */
	public record Point(LocalDate date, int level, int total, String words) {

		public static Point of(LocalDate date, int total, RiskStratum stratum) {
			return new Point(date, stratum.ordinal() + 1, total, stratum.words());
		}

		RiskStratum stratum() {
			return RiskStratum.values()[this.level - 1];
		}

	}

	/** Scores oldest first. */
	public static RiskTrend of(List<Point> points) {
		List<ChangeMarker> markers = new ArrayList<>();
		for (int i = 1; i < points.size(); i++) {
			Change change = MeaningfulChange.risk(points.get(i - 1).stratum(), points.get(i).stratum());
			if (change != Change.NO_MEANINGFUL_CHANGE) {
				markers.add(new ChangeMarker(points.get(i).date(), points.get(i).level(), change.label()));
			}
		}
		return new RiskTrend(List.copyOf(points), markers, reading(points));
	}

	private static String reading(List<Point> points) {
		if (points.isEmpty()) {
			return "No risk screens yet: answer the risk screen to start this chart.";
		}
		if (points.size() == 1) {
			return "One risk screen so far (" + points.get(0).words()
					+ "): answer again in four weeks to see whether it changes.";
		}
		Point first = points.get(0);
		Point last = points.get(points.size() - 1);
		String from = first.words() + " on " + PainTrend.DAY.format(first.date());
		String to = last.words() + " on " + PainTrend.DAY.format(last.date());
		return switch (MeaningfulChange.risk(first.stratum(), last.stratum())) {
			case MEANINGFUL_IMPROVEMENT -> "Your risk screen went from " + from + " to " + to + ": a real improvement.";
			case MEANINGFUL_WORSENING -> "Your risk screen went from " + from + " to " + to
					+ ": a real worsening; the advice with your latest score says what helps.";
			case NO_MEANINGFUL_CHANGE -> "Your risk screen read " + from + " and " + to
					+ ": no real change (only a change of risk group counts).";
		};
	}

}
