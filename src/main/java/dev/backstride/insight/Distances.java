package dev.backstride.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;

import dev.backstride.account.Units;

/** Metres to kilometres as pages and the API show them: one decimal, rounded half up. */
final class Distances {

	private Distances() {
	}

	static double km(long meters) {
		return BigDecimal.valueOf(meters).movePointLeft(3).setScale(1, RoundingMode.HALF_UP).doubleValue();
	}

	/** "23.4 km" */
	static String text(long meters) {
		return BigDecimal.valueOf(km(meters)).stripTrailingZeros().toPlainString() + " km";
	}

	/** "23.4 km", or for a runner who reads miles "14.5 mi" (one decimal, as the rest of the pages) */
	static String text(long meters, Units units) {
		return units == Units.KM ? text(meters) : units.format(BigDecimal.valueOf(meters).movePointLeft(3));
	}

}
