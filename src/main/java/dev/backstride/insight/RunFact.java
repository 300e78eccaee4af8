package dev.backstride.insight;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the insights need of one run: its date, distance in whole metres, surface, and the pain the
 * runner reported with it (just after the run where given, else during it; 0–10).
 */
public record RunFact(LocalDate date, long distanceMeters, Surface surface, Optional<Integer> pain) {

	public RunFact {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(surface, "surface");
		if (distanceMeters < 0) {
			throw new IllegalArgumentException("a run's distance cannot be negative: " + distanceMeters);
		}
		pain.ifPresent((p) -> {
			if (p < 0 || p > 10) {
				throw new IllegalArgumentException("pain 0-10: " + p);
			}
		});
	}

	public static RunFact of(LocalDate date, double distanceMeters, Surface surface, Optional<Integer> pain) {
		return new RunFact(date, Math.round(distanceMeters), surface, pain);
	}

}
