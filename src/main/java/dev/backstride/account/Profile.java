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
		yearsRunning = yearsRunning.map(y -> tenths(y, 99, "Years running must be a number from 0 to 99"));
		weeklyDistanceKm = weeklyDistanceKm
			.map(d -> tenths(d, 1000, "Weekly distance must be a number of kilometres from 0 to 1000"));
	}

	/**
	 * A number within 0..max with at most three decimals (anything finer is not a measurement: 1e-999999999
	 * is refused), kept to one decimal as it is stored.
	 */
	private static BigDecimal tenths(BigDecimal value, int max, String rule) {
		if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
			throw new IllegalArgumentException(rule + ".");
		}
		if (value.stripTrailingZeros().scale() > 3) {
			throw new IllegalArgumentException(rule + ", with at most three decimals.");
		}
		return value.setScale(1, java.math.RoundingMode.HALF_UP);
	}

}
