package dev.backstride.account;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The units a runner reads distances in, chosen in the profile. Distances are stored in kilometres;
 * this converts them for reading and back for saving, at one decimal.
 */
public enum Units {

	KM("km", BigDecimal.ONE), MILES("mi", new BigDecimal("1.609344"));

	private final String symbol;

	private final BigDecimal kilometresPerUnit;

	Units(String symbol, BigDecimal kilometresPerUnit) {
		this.symbol = symbol;
		this.kilometresPerUnit = kilometresPerUnit;
	}

	public String symbol() {
		return this.symbol;
	}

	/** The plural word a sentence uses: "kilometres" or "miles". */
	public String word() {
		return this == KM ? "kilometres" : "miles";
	}

	/** Kilometres in these units, at one decimal. */
	public BigDecimal fromKm(BigDecimal km) {
		return km.divide(this.kilometresPerUnit, 1, RoundingMode.HALF_UP);
	}

	/** A distance in these units, as kilometres at one decimal (as stored). */
	public BigDecimal toKm(BigDecimal distance) {
		return distance.multiply(this.kilometresPerUnit).setScale(1, RoundingMode.HALF_UP);
	}

	/** A distance in these units as metres, exactly (a mile is 1,609.344 m), for values measured by the metre. */
	public BigDecimal toMetres(BigDecimal distance) {
		return distance.multiply(this.kilometresPerUnit).movePointRight(3);
	}

	/** Kilometres in these units, unrounded, for a value shown with its own precision (a run's 5.00 km). */
	public double fromKm(double km) {
		return km / this.kilometresPerUnit.doubleValue();
	}

	/** "12.5 km" or "7.8 mi": kilometres as a runner reads them, one decimal, no "-0.0". */
	public String format(BigDecimal km) {
		BigDecimal value = fromKm(km);
		if (value.signum() == 0) {
			value = BigDecimal.ZERO.setScale(1);
		}
		return value.toPlainString() + " " + this.symbol;
	}

	/**
	 * A climb measured in metres as a runner of these units reads it: "43 m", or "139 ft" for a runner
	 * who reads miles (a foot is 0.3048 m).
	 */
	public String climb(double metres) {
		return this == KM ? String.format(Locale.ENGLISH, "%.0f m", metres)
				: String.format(Locale.ENGLISH, "%.0f ft", metres / 0.3048);
	}

	/** "KM" or "MILES" in any case; anything else is refused in plain words. */
	public static Units parse(String text) {
		try {
			return valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Units must be kilometres or miles.");
		}
	}

}
