package dev.backstride.checkin.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** A check-in's day as the API names it (ISO, 2026-12-02) and as a sentence says it (2 Dec 2026). */
final class CheckInDays {

	private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("EEEE d MMM yyyy", Locale.ENGLISH);

	private CheckInDays() {
	}

	static LocalDate parse(String text) {
		try {
			return LocalDate.parse(text == null ? "" : text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("The date must be a day written like 2026-12-02.");
		}
	}

	static String words(LocalDate day) {
		return WORDS.format(day);
	}

}
