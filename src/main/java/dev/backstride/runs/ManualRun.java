package dev.backstride.runs;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * A run typed in by hand: the day, the time it started if the runner gives it, how long it took and
 * how far it went (metres), where, and how it felt.
 */
public record ManualRun(LocalDate date, Optional<LocalTime> startTime, int durationSeconds, double distanceMeters,
		Terrain terrain, RunFeel feel) {

	/** A week of running without a stop is beyond any run this log is for. */
	public static final int MAX_DURATION_SECONDS = 7 * 24 * 3600;

	/** 1,000 km: a multi-day ultra at most. */
	public static final double MAX_DISTANCE_METERS = 1_000_000;

	public ManualRun {
		if (durationSeconds < 1 || durationSeconds > MAX_DURATION_SECONDS) {
			throw new IllegalArgumentException("The duration must be from 1 second to 7 days, in seconds.");
		}
		if (!(distanceMeters >= 0 && distanceMeters <= MAX_DISTANCE_METERS)) {
			throw new IllegalArgumentException("The distance must be from 0 to 1,000,000 metres.");
		}
	}

}
