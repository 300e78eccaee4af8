package dev.backstride.account;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the protocol needs to know about a runner: age (some red flags depend on it), sex (some
 * reference bands do) and running background. Every field may still be unknown.
 */
public record Profile(Optional<Integer> age, Optional<Sex> sex, Optional<BigDecimal> yearsRunning,
		Optional<BigDecimal> weeklyDistanceKm, TerrainMix terrain) {

	public static final Profile EMPTY = new Profile(Optional.empty(), Optional.empty(), Optional.empty(),
			Optional.empty(), TerrainMix.UNKNOWN);

	public Profile {
		age.ifPresent(a -> {
			if (a < 10 || a > 110) {
				throw new IllegalArgumentException("Age must be between 10 and 110.");
			}
		});
		yearsRunning.ifPresent(y -> {
			if (y.signum() < 0 || y.compareTo(BigDecimal.valueOf(99)) > 0) {
				throw new IllegalArgumentException("Years running must be between 0 and 99.");
			}
		});
		weeklyDistanceKm.ifPresent(d -> {
			if (d.signum() < 0 || d.compareTo(BigDecimal.valueOf(1000)) > 0) {
				throw new IllegalArgumentException("Weekly distance must be between 0 and 1000 km.");
			}
		});
	}

}
