package dev.backstride.program;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import dev.backstride.checkin.CheckIn;
import dev.backstride.checkin.Morning;
import dev.backstride.checkin.NextMorning;

/**
 * What the check-in of one day says about the day before: how the morning felt, and the pain during
 * the last run when it was given.
 */
public record MorningAnswer(LocalDate date, Optional<NextMorning> nextMorning, Optional<Integer> runPain) {

	public MorningAnswer {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(nextMorning, "nextMorning");
		Objects.requireNonNull(runPain, "runPain");
	}

	public static MorningAnswer of(CheckIn checkIn) {
		return new MorningAnswer(checkIn.date(), checkIn.nextMorning(),
				checkIn.lastRun().map((run) -> run.painDuringRun().value()));
	}

	public static MorningAnswer of(Morning morning) {
		return new MorningAnswer(morning.date(), morning.nextMorning(), morning.painDuringRun());
	}

}
