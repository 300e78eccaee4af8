package dev.backstride.insight;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.backstride.checkin.CheckIn;
import dev.backstride.screening.Change;
import dev.backstride.screening.MeaningfulChange;

/**
 * Pain over time (M-NRS): each day's worst pain in 24 hours and pain now (a day with two check-ins
 * shows its higher values), with a marker wherever the worst pain moved by a meaningful change (2
 * points or 30 %) from the last marked day, and one sentence reading it.
 */
public record PainTrend(List<Point> points, List<ChangeMarker> markers, String reading) {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

	public record Point(LocalDate date, int worst, int now) {
	}

	public static PainTrend of(List<CheckIn> checkIns) {
		Map<LocalDate, Point> days = new TreeMap<>();
		for (CheckIn c : checkIns) {
			days.merge(c.date(), new Point(c.date(), c.worstPain24h().value(), c.painNow().value()),
					(a, b) -> new Point(a.date(), Math.max(a.worst(), b.worst()), Math.max(a.now(), b.now())));
		}
		List<Point> points = List.copyOf(days.values());
		return new PainTrend(points, markers(points), reading(points));
	}

	private static List<ChangeMarker> markers(List<Point> points) {
		List<ChangeMarker> markers = new ArrayList<>();
		if (points.isEmpty()) {
			return markers;
		}
		int reference = points.get(0).worst();
		for (Point p : points.subList(1, points.size())) {
			Change change = MeaningfulChange.pain(reference, p.worst());
			if (change != Change.NO_MEANINGFUL_CHANGE) {
				markers.add(new ChangeMarker(p.date(), p.worst(), change.label()));
				reference = p.worst();
			}
		}
		return markers;
	}

	private static String reading(List<Point> points) {
		if (points.isEmpty()) {
			return "No check-ins yet: check in each day to see your pain over time.";
		}
		if (Evidence.tooFew(points.size())) {
			return "Only " + points.size() + (points.size() == 1 ? " day" : " days")
					+ " of check-ins so far: too few to show a trend. Keep checking in.";
		}
		Point first = points.get(0);
		Point last = points.get(points.size() - 1);
		Change change = MeaningfulChange.pain(first.worst(), last.worst());
		String verdict = switch (change) {
			case MEANINGFUL_IMPROVEMENT -> "a real improvement.";
			case MEANINGFUL_WORSENING -> "a real worsening; if it keeps rising, talk to a clinician.";
			case NO_MEANINGFUL_CHANGE -> "no real change yet (it takes 2 points or 30% to count).";
		};
		return "Your worst pain in a day went from " + first.worst() + "/10 on " + DAY.format(first.date()) + " to "
				+ last.worst() + "/10 on " + DAY.format(last.date()) + ": " + verdict;
	}

}
