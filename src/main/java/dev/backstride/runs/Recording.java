package dev.backstride.runs;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What a file reader found in one activity file: the facts of the run, the terrain where the file
 * names it (a FIT sub-sport, a Strava "Trail Run"), how many records or track points the file held,
 * and its samples. Readers return this, never a library's own types.
 */
public record Recording(RunSource format, Instant start, double elapsedSeconds, double movingSeconds,
		double distanceMeters, OptionalDouble ascentMeters, OptionalInt avgHeartRate, OptionalInt avgCadence,
		String sport, Optional<String> subSport, Optional<Terrain> declaredTerrain, RunningDynamics dynamics,
		int records, Track track) {

	public Recording withDeclaredTerrain(Optional<Terrain> terrain) {
		return new Recording(this.format, this.start, this.elapsedSeconds, this.movingSeconds, this.distanceMeters,
				this.ascentMeters, this.avgHeartRate, this.avgCadence, this.sport, this.subSport,
				terrain.or(() -> this.declaredTerrain), this.dynamics, this.records, this.track);
	}

}
