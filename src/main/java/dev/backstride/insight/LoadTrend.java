package dev.backstride.insight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.backstride.account.Units;

/**
 * Weekly distance with the L-ACWR band: for each ISO week, the distance and, where the four weeks
 * ending with it average at least 10 km, the usual range (0.8–1.3 times that average) and the
 * caution line (1.5 times). One sentence reads the last 7 days against the last 28.
 */
public record LoadTrend(List<Week> weeks, Optional<Acwr> acwr, String reading) {

	/** One week's bar, with its band where the chronic load allows one (else null: not computed). */
	public record Week(LocalDate weekStart, double km, Double usualLowKm, Double usualHighKm, Double cautionKm) {
	}

	/** The band needs the 3 weeks before the first shown. */
	public static final int WEEKS_BEFORE = 3;

	/** @param load runs covering {@code count + 3} weeks back */
	public static LoadTrend of(TrainingLoad load, int count) {
		return of(load, count, Units.KM);
	}

	/**
	 * @param load runs covering {@code count + 3} weeks back
	 * @param units what the sentence gives distances in (the weeks stay in kilometres)
	 */
	public static LoadTrend of(TrainingLoad load, int count, Units units) {
		List<WeekDistance> all = load.weeks(count + WEEKS_BEFORE);
		List<Week> weeks = new ArrayList<>(count);
		for (int i = WEEKS_BEFORE; i < all.size(); i++) {
			long fourWeeks = 0;
			for (int j = i - WEEKS_BEFORE; j <= i; j++) {
				fourWeeks += all.get(j).meters();
			}
			WeekDistance week = all.get(i);
			boolean banded = fourWeeks >= 4 * TrainingLoad.CHRONIC_MINIMUM_METERS_PER_WEEK;
			weeks.add(new Week(week.weekStart(), week.km(), banded ? band(fourWeeks, Acwr.USUAL_LOW) : null,
					banded ? band(fourWeeks, Acwr.USUAL_HIGH) : null, banded ? band(fourWeeks, Acwr.CAUTION_ABOVE) : null));
		}
		Optional<Acwr> acwr = load.acwr();
		return new LoadTrend(weeks, acwr, reading(load, acwr, units));
	}

	private static double band(long fourWeeksMeters, BigDecimal factor) {
		return Distances.km(factor.multiply(BigDecimal.valueOf(fourWeeksMeters)).longValue() / 4);
	}

	private static String reading(TrainingLoad load, Optional<Acwr> acwr, Units units) {
		if (load.lastTwentyEightDaysMeters() == 0) {
			return "No runs in the last four weeks: the load comparison starts once you run again.";
		}
		if (acwr.isEmpty()) {
			return "Your average week over the last four is under "
					+ Distances.text(TrainingLoad.CHRONIC_MINIMUM_METERS_PER_WEEK, units)
					+ ": too little running for the comparison of"
					+ " this week with your usual weeks to mean much.";
		}
		Acwr a = acwr.get();
		String where = switch (a.band()) {
			case BELOW_USUAL -> "less than usual.";
			case USUAL -> "within the usual range.";
			case ABOVE_USUAL -> "above the usual range: add distance slowly.";
			case FLAGGED -> "well above usual, a steep rise: ease off.";
		};
		return "In the last 7 days you ran " + Distances.text(a.acuteMeters(), units) + ", " + a.ratio().toPlainString()
				+ " times your average week of the last four (" + Distances.text(a.chronicWeeklyMeters(), units) + "): "
				+ where;
	}

}
