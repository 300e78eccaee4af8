package dev.backstride.runs;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What training load and the insights read of a run: its date, distance, terrain, and the pain just
 * after it where the runner noted how it felt (0–10).
 */
public record RunSummary(LocalDate date, double distanceMeters, Terrain terrain, Optional<Integer> painAfter) {

	public RunSummary {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(terrain, "terrain");
		Objects.requireNonNull(painAfter, "painAfter");
	}

}
