package dev.backstride.motion;

import java.util.Locale;

/**
 * Numbers as runners read them on the pelvis pages: durations without "2 min 60 s", no "-0.0", and
 * changes with their unit in words.
 */
public final class Wording {

	private Wording() {
	}

	/** Seconds as a person reads them: "7.2 s", "45 s", "2 min", "12 min 5 s", "27 h 46 min", or days. */
	public static String duration(double seconds) {
		if (seconds < 10) {
			return number(seconds, 1) + " s";
		}
		long s = Math.round(seconds);
		if (s < 60) {
			return s + " s";
		}
		if (s < 3600) {
			return s % 60 == 0 ? s / 60 + " min" : s / 60 + " min " + s % 60 + " s";
		}
		if (seconds < 100 * 86_400) {
			return s / 3600 + " h " + (s % 3600) / 60 + " min";
		}
		return String.format(Locale.ROOT, "%.3g days", seconds / 86_400);
	}

	/** A number to {@code decimals} places; a value that rounds to zero is "0", never "-0". */
	public static String number(double value, int decimals) {
		String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
		return isZero(text) ? text.substring(1) : text;
	}

	/** A signed change to {@code decimals} places followed by {@code unit}: "+0.5°", "−2 steps/min", "no change". */
	public static String change(double delta, int decimals, String unit) {
		String text = number(Math.abs(delta), decimals);
		if (text.matches("[0.]+")) {
			return "no change";
		}
		String space = unit.startsWith("°") || unit.startsWith("%") || unit.isEmpty() ? "" : " ";
		return (delta > 0 ? "+" : "−") + text + space + unit;
	}

	/**
	 * A change in words: "0.5° more", "2 steps/min fewer", "the same"; percentages of a difference read
	 * in percentage points ("3 percentage points more").
	 */
	public static String changeInWords(double delta, int decimals, String unit) {
		String text = number(Math.abs(delta), decimals);
		if (text.matches("[0.]+")) {
			return "the same";
		}
		String amount = unit.equals("°") ? text + "°"
				: unit.equals("percentage points") && text.equals("1") ? "1 percentage point" : text + " " + unit;
		return amount + (delta > 0 ? " more" : " less");
	}

	private static boolean isZero(String text) {
		return text.startsWith("-") && text.substring(1).matches("[0.]+");
	}

}
