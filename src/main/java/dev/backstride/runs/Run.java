package dev.backstride.runs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One stored run, the facts other modules read: when (the date in the application's zone, and the
 * start; {@code startTimeKnown} is false for a run logged without a time of day), how long (elapsed,
 * and moving where the file knew it, else the elapsed time), how far, how much climbing, heart rate
 * and cadence (steps per minute) where recorded, the sport as the file named it, the terrain (and
 * whether Backstride guessed it), and how it felt where the runner said so.
 */
public record Run(long id, LocalDate date, Instant start, boolean startTimeKnown, int elapsedSeconds,
		int movingSeconds, double distanceMeters, OptionalDouble ascentMeters, OptionalInt avgHeartRate,
		OptionalInt avgCadence, String sport, Optional<String> subSport, Terrain terrain, boolean terrainInferred,
		RunSource source, Optional<RunFeel> feel, RunningDynamics dynamics) {

	public double distanceKm() {
		return this.distanceMeters / 1000.0;
	}

}
