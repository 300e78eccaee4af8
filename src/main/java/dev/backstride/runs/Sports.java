package dev.backstride.runs;

import java.util.Locale;
import java.util.Optional;

/**
 * Which recorded sports count as runs. Running in any form (road, trail, track, treadmill, virtual)
 * does, and so does an activity whose sport the file leaves unnamed or generic (a GPX track without a
 * type, a FIT "generic" session), since it was brought to a running log. A walk, a hike, a ride, a
 * swim or another sport is refused with the sport named in plain words. Where the sport is free text
 * (GPX), only words that name another sport refuse it; where it is from a fixed list (FIT), every
 * sport but running and generic does.
 */
public final class Sports {

	private Sports() {
	}

	/** Why this sport is not a run, or empty when it is one; {@code fixedList}: the file names sports from a list. */
	public static Optional<String> notARun(String sport, boolean fixedList) {
		String s = sport.toLowerCase(Locale.ROOT).replace('_', ' ').strip();
		if (s.isEmpty() || s.contains("run") || s.equals("generic") || s.equals("9") || s.equals("jogging")) {
			return Optional.empty();
		}
		String words = words(s);
		if (!fixedList && words.startsWith("\"")) {
			return Optional.empty();
		}
		return Optional.of("It is not a run: it was recorded as " + words + ".");
	}

	private static String words(String s) {
		if (s.contains("bik") || s.contains("cycl") || s.contains("ride") || s.equals("1")) {
			return "cycling";
		}
		if (s.contains("swim")) {
			return "swimming";
		}
		if (s.contains("walk") || s.equals("10")) {
			return "a walk";
		}
		if (s.contains("hik")) {
			return "a hike";
		}
		if (s.contains("ski") || s.contains("row") || s.contains("paddl") || s.contains("kayak")) {
			return "a " + s + " session";
		}
		if (s.equals("other")) {
			return "another sport, not running";
		}
		if (s.equals("transition") || s.contains("multisport")) {
			return "a multisport activity";
		}
		return s.length() > 40 ? "another sport" : "\"" + s + "\"";
	}

}
