package dev.backstride.insight;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The distance side of PROTOCOL §6, from the runs up to and including {@code today}.
 * <ul>
 * <li>Weekly distance is by ISO week: Monday to Sunday, the week named by its Monday, the current
 * week counting up to today.</li>
 * <li>L-ACWR: the acute load is the distance of the last 7 days (today and the 6 before); the chronic
 * load is the average week of the last 28 days (their distance / 4, the acute days included). Not
 * computed while the chronic load is under 10 km a week.</li>
 * <li>L-WEEK compares rolling windows, the last 7 days against the 7 before them, not the calendar
 * week so far: a week-to-date figure is small early in the week and hides a jump made over a
 * weekend, while two full 7-day windows compare like with like on every day, so an increase is seen
 * the day it happens.</li>
 * </ul>
 * Comparisons are made in whole metres with integer arithmetic, so a boundary (1.5, +30 %) is exact.
 */
public record TrainingLoad(LocalDate today, List<RunFact> runs) {

	/** Days of history the rules need: the 28 days of the chronic load. */
	public static final int DAYS_NEEDED = 28;

	/** The chronic load must reach this many metres a week (10 km) before L-ACWR is computed. */
	public static final long CHRONIC_MINIMUM_METERS_PER_WEEK = 10_000;

	public TrainingLoad {
		Objects.requireNonNull(today, "today");
		runs = runs.stream().filter((run) -> !run.date().isAfter(today)).toList();
	}

	/** The metres run on the days from {@code daysAgoFrom} to {@code daysAgoTo} before today, both included. */
	long meters(int daysAgoFrom, int daysAgoTo) {
		LocalDate first = this.today.minusDays(daysAgoFrom);
		LocalDate last = this.today.minusDays(daysAgoTo);
		return this.runs.stream()
			.filter((run) -> !run.date().isBefore(first) && !run.date().isAfter(last))
			.mapToLong(RunFact::distanceMeters)
			.sum();
	}

	/** The last 7 days, today included. */
	public long lastSevenDaysMeters() {
		return meters(6, 0);
	}

	/** The 7 days before the last 7. */
	public long previousSevenDaysMeters() {
		return meters(13, 7);
	}

	/** The last 28 days, today included. */
	public long lastTwentyEightDaysMeters() {
		return meters(27, 0);
	}

	/** L-ACWR, or empty while the chronic load is under 10 km a week. */
	public Optional<Acwr> acwr() {
		long chronicTotal = lastTwentyEightDaysMeters();
		return chronicTotal < 4 * CHRONIC_MINIMUM_METERS_PER_WEEK ? Optional.empty()
				: Optional.of(new Acwr(lastSevenDaysMeters(), chronicTotal));
	}

	/** L-WEEK: the last 7 days are over 30 % above the 7 before (any distance after none counts as over). */
	public boolean weekJumped() {
		long current = lastSevenDaysMeters();
		return current > 0 && current * 10 > previousSevenDaysMeters() * 13;
	}

	/** The Monday of the ISO week {@code date} falls in. */
	public static LocalDate weekStart(LocalDate date) {
		return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** The distance of each of the last {@code count} ISO weeks, oldest first, ending with the current week. */
	public List<WeekDistance> weeks(int count) {
		if (count < 1) {
			throw new IllegalArgumentException("at least one week: " + count);
		}
		LocalDate current = weekStart(this.today);
		LocalDate first = current.minusWeeks(count - 1L);
		long[] meters = new long[count];
		for (RunFact run : this.runs) {
			long week = ChronoUnit.WEEKS.between(first, weekStart(run.date()));
			if (!run.date().isBefore(first) && week < count) {
				meters[(int) week] += run.distanceMeters();
			}
		}
		List<WeekDistance> weeks = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			weeks.add(new WeekDistance(first.plusWeeks(i), meters[i]));
		}
		return weeks;
	}

}
