package dev.backstride.screening;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a questionnaire is next due (PROTOCOL §3): 4 weeks after the last response, and now when it
 * was never answered.
 */
public record Due(LocalDate date, boolean dueNow) {

	public static final int WEEKS_BETWEEN = 4;

	public static Due after(Optional<LocalDate> lastResponse, LocalDate today) {
		LocalDate date = lastResponse.map((last) -> last.plusWeeks(WEEKS_BETWEEN)).orElse(today);
		return new Due(date, !date.isAfter(today));
	}

}
