package dev.backstride.runs;

import java.time.Duration;
import java.time.Instant;

/**
 * When two runs are the same run, whichever file or device they came from: starts at most a minute
 * apart and distances within 1 % of the longer one.
 */
public final class Duplicates {

	public static final Duration START_WINDOW = Duration.ofMinutes(1);

	static final double DISTANCE_TOLERANCE = 0.01;

	private Duplicates() {
	}

	public static boolean same(Instant startA, double metersA, Instant startB, double metersB) {
		Duration apart = Duration.between(startA, startB).abs();
		return apart.compareTo(START_WINDOW) <= 0
				&& Math.abs(metersA - metersB) <= DISTANCE_TOLERANCE * Math.max(metersA, metersB);
	}

}
