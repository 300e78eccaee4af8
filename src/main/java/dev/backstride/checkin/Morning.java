package dev.backstride.checkin;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the check-in of one date says about the day before it: how the morning felt and the pain during
 * the last run, where given. Of a date with several check-ins, the latest recorded counts.
 */
public record Morning(LocalDate date, Optional<NextMorning> nextMorning, Optional<Integer> painDuringRun) {

	public Morning {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(nextMorning, "nextMorning");
		Objects.requireNonNull(painDuringRun, "painDuringRun");
	}

}
