package dev.backstride.checkin;

import java.time.LocalDate;

/**
 * Which days a check-in may be for: today, or a forgotten day up to {@link #DAYS_BACK} days back,
 * never a day that has not come yet.
 */
public final class CheckInDates {

	public static final int DAYS_BACK = 14;

	private CheckInDates() {
	}

	/** The date itself when it may be checked in for; else why not, in words a runner reads. */
	public static LocalDate require(LocalDate date, LocalDate today) {
		if (date.isAfter(today)) {
			throw new IllegalArgumentException("A check-in cannot be for a day that has not come yet.");
		}
		if (date.isBefore(today.minusDays(DAYS_BACK))) {
			throw new IllegalArgumentException(
					"A check-in can be filled in for at most " + DAYS_BACK + " days back.");
		}
		return date;
	}

}
