package dev.backstride.checkin;

import java.util.Objects;

/**
 * A check-in as saved: one per runner and date, so a second check-in for a date replaces the first
 * ({@code updated}) instead of standing beside it.
 */
public record LoggedCheckIn(CheckIn checkIn, boolean updated) {

	public LoggedCheckIn {
		Objects.requireNonNull(checkIn, "checkIn");
	}

}
