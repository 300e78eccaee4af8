package dev.backstride.screening;

import java.math.BigDecimal;

/** M-FUNC bands by percent (upper limits inclusive): ≤20, ≤40, ≤60, ≤80, above. */
public enum FunctionBand {

	MINIMAL(20), MODERATE(40), SEVERE(60), VERY_SEVERE(80), EXTREME(100);

	private final BigDecimal upTo;

	FunctionBand(int upTo) {
		this.upTo = BigDecimal.valueOf(upTo);
	}

	/** In words for runners: "very severe limitation". */
	public String words() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " limitation";
	}

	public static FunctionBand of(BigDecimal percent) {
		if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new IllegalArgumentException("function percent must be 0-100: " + percent);
		}
		for (FunctionBand band : values()) {
			if (percent.compareTo(band.upTo) <= 0) {
				return band;
			}
		}
		throw new IllegalStateException("unreachable: " + percent);
	}

}
