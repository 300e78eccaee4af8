package dev.backstride.motion;

import java.util.Locale;

/** A typical range from PROTOCOL §7, in degrees, for telling a runner where a value sits. */
record Band(double low, double high) {

	static final Band TILT = new Band(6, 7.5);

	static final Band OBLIQUITY = new Band(8, 9.5);

	static final Band ROTATION = new Band(10, 16);

	String place(double value) {
		String range = String.format(Locale.ROOT, "the typical ~%s–%s°", number(this.low), number(this.high));
		if (value < this.low) {
			return "below " + range;
		}
		return value > this.high ? "above " + range : "within " + range;
	}

	private static String number(double v) {
		return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
	}

}
