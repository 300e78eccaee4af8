package dev.backstride.insight;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.backstride.checkin.PainMonitoring.Finding;
import dev.backstride.checkin.PainMonitoring.Severity;

/**
 * {@code L-TERRAIN}: during a flare (today's pain-monitoring call is modify or stop) prefer flat road
 * or a treadmill over trails; trails come back once two weeks have passed at "go".
 *
 * <p>
 * Reading of "two weeks at go": the last flare day is the latest day whose check-ins gave modify or
 * stop; the 14 days after it must pass with today at go, so trails are back from the 15th day after
 * the flare. Days without a check-in inside those two weeks do not restart the count (a missing
 * check-in already makes today's call modify when it is older than yesterday). The advice is a
 * reason beside the call and never changes it.
 */
public final class TerrainAdvice {

	public static final String RULE = "L-TERRAIN";

	/** Days at "go" after the last flare before trails come back. */
	public static final int DAYS_AT_GO = 14;

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

	private TerrainAdvice() {
	}

	/**
	 * @param today the date of the call
	 * @param todaysPainCall today's pain-monitoring severity (before load rules)
	 * @param history past days' calls, any order
	 */
	public static Optional<Finding> advise(LocalDate today, Severity todaysPainCall, List<DayCall> history) {
		if (todaysPainCall == Severity.STOP) {
			return Optional.of(new Finding(Severity.GO, RULE,
					"When you run again, choose flat road or a treadmill rather than trails until your back has been"
							+ " fine for two weeks."));
		}
		if (todaysPainCall == Severity.MODIFY) {
			// a modify also comes from no check-in yet or an old one: the words must not say the back is flaring
			return Optional.of(new Finding(Severity.GO, RULE,
					"On a day to run shorter and easier, choose flat road or a treadmill rather than trails: uneven"
							+ " ground makes the pelvis tilt and turn more."));
		}
		Optional<LocalDate> lastFlare = history.stream()
			.filter(DayCall::flare)
			.map(DayCall::date)
			.filter((date) -> date.isBefore(today))
			.max(LocalDate::compareTo);
		return lastFlare.map((flare) -> flare.plusDays(DAYS_AT_GO + 1L))
			.filter(today::isBefore)
			.map((back) -> new Finding(Severity.GO, RULE, "Your back flared on " + DAY.format(lastFlare.get())
					+ ". Keep to flat road or a treadmill for now; trails can come back on " + DAY.format(back)
					+ " if it stays fine until then."));
	}

}
