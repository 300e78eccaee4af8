package dev.backstride.checkin;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One daily check-in (M-NRS and the inputs of PM-RULE): pain now and worst in the last 24 hours,
 * where, what kind and when it hurts, optionally the last run and, after a run day, how the next
 * morning felt, and whether symptoms are new or changed (which asks for the danger-sign questions
 * again).
 */
public record CheckIn(LocalDate date, PainScore painNow, PainScore worstPain24h, Set<PainLocation> locations,
		Set<PainKind> kinds, Set<PainTiming> timing, Optional<LastRun> lastRun, Optional<NextMorning> nextMorning,
		boolean newOrChangedSymptoms) {

	public CheckIn {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(painNow, "painNow");
		Objects.requireNonNull(worstPain24h, "worstPain24h");
		Objects.requireNonNull(lastRun, "lastRun");
		Objects.requireNonNull(nextMorning, "nextMorning");
		if (painNow.value() > worstPain24h.value()) {
			throw new IllegalArgumentException("pain now (" + painNow + ") cannot be above the worst pain of the last 24 hours ("
					+ worstPain24h + ")");
		}
		locations = immutable(locations, PainLocation.class);
		kinds = immutable(kinds, PainKind.class);
		timing = immutable(timing, PainTiming.class);
	}

	private static <E extends Enum<E>> Set<E> immutable(Set<E> values, Class<E> type) {
		return values.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(values));
	}

}
