package dev.backstride.insight;

import java.util.Locale;

/** What a run was on, as the insights group it: the runs module's terrain names, or OTHER. */
public enum Surface {

	ROAD("road"), TRACK("track"), TREADMILL("treadmill"), TRAIL("trail"), OTHER("other");

	private final String label;

	Surface(String label) {
		this.label = label;
	}

	/** The plain word a sentence uses: "road", "trail". */
	public String label() {
		return this.label;
	}

	/** A terrain name in any case; anything unknown is {@link #OTHER}. */
	public static Surface of(String name) {
		String upper = name.trim().toUpperCase(Locale.ROOT);
		for (Surface surface : values()) {
			if (surface.name().equals(upper)) {
				return surface;
			}
		}
		return OTHER;
	}

}
