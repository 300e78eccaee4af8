package dev.backstride.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The acute:chronic workload ratio of L-ACWR: the last 7 days' metres over the average week of the
 * last 28 days ({@code chronicTotalMeters} / 4). 0.8–1.3 is the usual range; over 1.5 is flagged.
 */
public record Acwr(long acuteMeters, long chronicTotalMeters) {

	public static final BigDecimal USUAL_LOW = new BigDecimal("0.8");

	public static final BigDecimal USUAL_HIGH = new BigDecimal("1.3");

	public static final BigDecimal CAUTION_ABOVE = new BigDecimal("1.5");

	public Acwr {
		if (acuteMeters < 0 || chronicTotalMeters <= 0 || acuteMeters > chronicTotalMeters) {
			throw new IllegalArgumentException(
					"the last 7 days lie within the last 28: " + acuteMeters + " of " + chronicTotalMeters);
		}
	}

	/** The exact ratio, as a fraction with plenty of digits. */
	BigDecimal exact() {
		return BigDecimal.valueOf(this.acuteMeters * 4).divide(BigDecimal.valueOf(this.chronicTotalMeters), 10,
				RoundingMode.HALF_UP);
	}

	/** The ratio to two decimals, as shown. */
	public BigDecimal ratio() {
		return exact().setScale(2, RoundingMode.HALF_UP);
	}

	/** Over 1.5, compared exactly (not after rounding). */
	public boolean aboveCaution() {
		return BigDecimal.valueOf(this.acuteMeters * 4)
			.compareTo(CAUTION_ABOVE.multiply(BigDecimal.valueOf(this.chronicTotalMeters))) > 0;
	}

	public Band band() {
		BigDecimal exact = exact();
		if (exact.compareTo(USUAL_LOW) < 0) {
			return Band.BELOW_USUAL;
		}
		if (exact.compareTo(USUAL_HIGH) <= 0) {
			return Band.USUAL;
		}
		return aboveCaution() ? Band.FLAGGED : Band.ABOVE_USUAL;
	}

	public long chronicWeeklyMeters() {
		return Math.round(this.chronicTotalMeters / 4.0);
	}

	/** Where the ratio sits: under 0.8, 0.8–1.3, over 1.3 up to 1.5, over 1.5. */
	public enum Band {

		BELOW_USUAL, USUAL, ABOVE_USUAL, FLAGGED

	}

}
