package dev.backstride.checkin.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.backstride.checkin.CheckIn;
import dev.backstride.checkin.LastRun;
import dev.backstride.checkin.NextMorning;
import dev.backstride.checkin.PainKind;
import dev.backstride.checkin.PainLocation;
import dev.backstride.checkin.PainScore;
import dev.backstride.checkin.PainTiming;

/**
 * A check-in as the page and the API send it. Every check is left to {@link CheckIn} and its parts;
 * this only turns words into values and names the field that was wrong.
 */
record CheckInForm(Integer painNow, Integer worstPain24h, List<String> locations, List<String> kinds,
		List<String> timing, Integer painDuringRun, Boolean painRoseAndChangedStride, String nextMorning,
		Boolean newOrChangedSymptoms) {

	static CheckInForm empty() {
		return new CheckInForm(null, null, List.of(), List.of(), List.of(), null, false, null, false);
	}

	CheckIn toCheckIn(LocalDate date) {
		if (this.painNow == null) {
			throw new IllegalArgumentException("painNow is required: your back pain right now, 0 to 10.");
		}
		if (this.worstPain24h == null) {
			throw new IllegalArgumentException("worstPain24h is required: your worst back pain in the last 24 hours, 0 to 10.");
		}
		boolean strideChanged = Boolean.TRUE.equals(this.painRoseAndChangedStride);
		if (this.painDuringRun == null && strideChanged) {
			throw new IllegalArgumentException("Give the pain during your last run (painDuringRun) when it changed your stride.");
		}
		Optional<LastRun> lastRun = Optional.ofNullable(this.painDuringRun)
			.map(p -> new LastRun(score("painDuringRun", p), strideChanged));
		Optional<NextMorning> morning = Optional.ofNullable(this.nextMorning)
			.filter(m -> !m.isBlank())
			.map(m -> parse(NextMorning.class, "nextMorning", m));
		return new CheckIn(date, score("painNow", this.painNow), score("worstPain24h", this.worstPain24h),
				set(PainLocation.class, "locations", this.locations), set(PainKind.class, "kinds", this.kinds),
				set(PainTiming.class, "timing", this.timing), lastRun, morning,
				Boolean.TRUE.equals(this.newOrChangedSymptoms));
	}

	private static PainScore score(String field, int value) {
		if (value < 0 || value > 10) {
			throw new IllegalArgumentException(field + " must be a whole number from 0 to 10, not " + value + ".");
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
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(field + ": '" + value + "' is not one of "
					+ EnumSet.allOf(type).stream().map(Enum::name).toList() + ".");
		}
	}

}
