package dev.backstride.checkin.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.backstride.checkin.CheckIn;
import dev.backstride.checkin.CheckInDates;
import dev.backstride.checkin.LastRun;
import dev.backstride.checkin.NextMorning;
import dev.backstride.checkin.PainKind;
import dev.backstride.checkin.PainLocation;
import dev.backstride.checkin.PainScore;
import dev.backstride.checkin.PainTiming;

/**
 * A check-in as the page and the API send it. Every check is left to {@link CheckIn} and its parts;
 * this only turns words into values and says which answer was wrong: in plain words on the page, with
 * the JSON field's name for the API.
 */
record CheckInForm(Integer painNow, Integer worstPain24h, List<String> locations, List<String> kinds,
		List<String> timing, Integer painDuringRun, Boolean painRoseAndChangedStride, String nextMorning,
		Boolean newOrChangedSymptoms, String date) {

	/** One answer that cannot be taken: {@link #words()} for people, the message names the field for the API. */
	static final class FieldProblem extends IllegalArgumentException {

		private final String words;

		FieldProblem(String field, String words) {
			this(field, words, "");
		}

		FieldProblem(String field, String words, String forTheApi) {
			super("The field '" + field + "': " + words + forTheApi);
			this.words = words;
		}

		String words() {
			return this.words;
		}

	}

	static CheckInForm empty() {
		return new CheckInForm(null, null, List.of(), List.of(), List.of(), null, false, null, false, null);
	}

	/** What to say when the page sent something that is not even of the right kind for a field. */
	static String unreadable(String field) {
		return switch (field) {
			case "painNow" -> "Your pain right now must be a whole number from 0 to 10.";
			case "worstPain24h" -> "Your worst pain in the last 24 hours must be a whole number from 0 to 10.";
			case "painDuringRun" -> "The pain during your last run must be a whole number from 0 to 10.";
			case "painRoseAndChangedStride" -> "Say yes or no to whether the pain rose and changed your stride.";
			case "newOrChangedSymptoms" -> "Say yes or no to whether you have new or changed symptoms.";
			default -> choose(field);
		};
	}

	/** The check-in for {@link #date} when given (an ISO date, e.g. 2026-03-10), else for today. */
	CheckIn toCheckIn(LocalDate today) {
		LocalDate day = day(today);
		if (this.painNow == null) {
			throw new FieldProblem("painNow", "Give your back pain right now, from 0 to 10.");
		}
		if (this.worstPain24h == null) {
			throw new FieldProblem("worstPain24h", "Give your worst back pain in the last 24 hours, from 0 to 10.");
		}
		boolean strideChanged = Boolean.TRUE.equals(this.painRoseAndChangedStride);
		if (this.painDuringRun == null && strideChanged) {
			throw new FieldProblem("painDuringRun",
					"Give the pain during your last run when it rose and changed your stride.");
		}
		Optional<LastRun> lastRun = Optional.ofNullable(this.painDuringRun)
			.map(p -> new LastRun(score("painDuringRun", p), strideChanged));
		Optional<NextMorning> morning = Optional.ofNullable(this.nextMorning)
			.filter(m -> !m.isBlank())
			.map(m -> parse(NextMorning.class, "nextMorning", m));
		return new CheckIn(day, score("painNow", this.painNow), score("worstPain24h", this.worstPain24h),
				set(PainLocation.class, "locations", this.locations), set(PainKind.class, "kinds", this.kinds),
				set(PainTiming.class, "timing", this.timing), lastRun, morning,
				Boolean.TRUE.equals(this.newOrChangedSymptoms));
	}

	private LocalDate day(LocalDate today) {
		if (this.date == null || this.date.isBlank()) {
			return today;
		}
		LocalDate day;
		try {
			day = LocalDate.parse(this.date.trim());
		}
		catch (DateTimeParseException ex) {
			throw new FieldProblem("date", "Give the day as a date, like " + today + ".");
		}
		try {
			return CheckInDates.require(day, today);
		}
		catch (IllegalArgumentException ex) {
			throw new FieldProblem("date", ex.getMessage());
		}
	}

	private static PainScore score(String field, int value) {
		if (value < 0 || value > 10) {
			throw new FieldProblem(field, unreadable(field).replace(".", ", not " + value + "."));
		}
		return new PainScore(value);
	}

	private static <E extends Enum<E>> Set<E> set(Class<E> type, String field, List<String> values) {
		Set<E> set = EnumSet.noneOf(type);
		if (values != null) {
			for (String value : values) {
				set.add(parse(type, field, value));
			}
		}
		return set;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
		if (value == null) {
			throw new FieldProblem(field, choose(field), " An entry of null is not one of them.");
		}
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new FieldProblem(field, choose(field), " The API takes "
					+ String.join(", ", EnumSet.allOf(type).stream().map(Enum::name).toList()) + ".");
		}
	}

	private static String choose(String field) {
		return switch (field) {
			case "locations" -> "Choose where the pain is from the places listed.";
			case "kinds" -> "Choose what the pain is like from the kinds listed.";
			case "timing" -> "Choose when the pain comes from the times listed.";
			case "nextMorning" -> "Choose how the next morning felt from the answers listed.";
			default -> "Choose from the answers listed.";
		};
	}

}
