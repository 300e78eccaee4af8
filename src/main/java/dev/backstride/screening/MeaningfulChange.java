package dev.backstride.screening;

import java.math.BigDecimal;

/**
 * Meaningful change between two measurements (PROTOCOL §3): M-NRS 2 points or 30 %, M-FUNC 10 points
 * or 30 %, M-RISK a change of stratum. For all three, lower is better. Percentages are of the previous
 * value; with a previous value of 0 only the points count.
 */
public final class MeaningfulChange {

	private static final BigDecimal THIRTY_PERCENT = new BigDecimal("0.30");

	private MeaningfulChange() {
	}

	public static Change pain(int previous, int current) {
		checkRange(previous, 0, 10, "pain");
		checkRange(current, 0, 10, "pain");
		return compare(BigDecimal.valueOf(previous), BigDecimal.valueOf(current), BigDecimal.valueOf(2));
	}

	public static Change function(BigDecimal previous, BigDecimal current) {
		checkRange(previous, "function percent");
		checkRange(current, "function percent");
		return compare(previous, current, BigDecimal.TEN);
	}

	public static Change risk(RiskStratum previous, RiskStratum current) {
		int difference = current.compareTo(previous);
		return difference < 0 ? Change.MEANINGFUL_IMPROVEMENT
				: difference > 0 ? Change.MEANINGFUL_WORSENING : Change.NO_MEANINGFUL_CHANGE;
	}

	private static Change compare(BigDecimal previous, BigDecimal current, BigDecimal points) {
		BigDecimal difference = current.subtract(previous);
		BigDecimal size = difference.abs();
		boolean meaningful = size.signum() > 0 && (size.compareTo(points) >= 0
				|| (previous.signum() > 0 && size.compareTo(previous.multiply(THIRTY_PERCENT)) >= 0));
		if (!meaningful) {
			return Change.NO_MEANINGFUL_CHANGE;
		}
		return difference.signum() < 0 ? Change.MEANINGFUL_IMPROVEMENT : Change.MEANINGFUL_WORSENING;
	}

	private static void checkRange(int value, int min, int max, String what) {
		if (value < min || value > max) {
			throw new IllegalArgumentException(what + " must be " + min + "-" + max + ": " + value);
		}
	}

	private static void checkRange(BigDecimal value, String what) {
		if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new IllegalArgumentException(what + " must be 0-100: " + value);
		}
	}

}
