package dev.backstride.runs;

/**
 * The terrain of an imported run: as the file or the export names it where it does; otherwise guessed
 * and marked as guessed (the runner can correct it). The guess: no positions at all but a distance
 * means a treadmill (or an indoor run); a route that climbs at least {@value #TRAIL_CLIMB_PER_KM} m per
 * km, or whose grade over successive {@value #GRADE_STEP_METERS} m stretches varies with a standard
 * deviation of at least {@value #TRAIL_GRADE_SD} (6 %), means trail; anything else is road.
 */
public final class TerrainGuess {

	static final double TRAIL_CLIMB_PER_KM = 25;

	static final double GRADE_STEP_METERS = 100;

	static final double TRAIL_GRADE_SD = 0.06;

	public record Guess(Terrain terrain, boolean inferred) {
	}

	private TerrainGuess() {
	}

	public static Guess of(Recording recording) {
		if (recording.declaredTerrain().isPresent()) {
			return new Guess(recording.declaredTerrain().get(), false);
		}
		Track track = recording.track();
		if (!track.hasPositions()) {
			return new Guess(recording.distanceMeters() > 0 ? Terrain.TREADMILL : Terrain.ROAD, true);
		}
		double km = recording.distanceMeters() / 1000;
		if (km > 0 && recording.ascentMeters().orElse(0) / km >= TRAIL_CLIMB_PER_KM) {
			return new Guess(Terrain.TRAIL, true);
		}
		return new Guess(gradeSpread(track) >= TRAIL_GRADE_SD ? Terrain.TRAIL : Terrain.ROAD, true);
	}

	/** Standard deviation of the grade over successive stretches of the route (0 when it cannot tell). */
	static double gradeSpread(Track track) {
		double sum = 0;
		double squares = 0;
		int n = 0;
		double fromDistance = Double.NaN;
		double fromElevation = Double.NaN;
		for (int i = 0; i < track.size(); i++) {
			double d = track.distance()[i];
			double e = track.elevation()[i];
			if (Double.isNaN(d) || Double.isNaN(e)) {
				continue;
			}
			if (Double.isNaN(fromDistance)) {
				fromDistance = d;
				fromElevation = e;
			}
			else if (d - fromDistance >= GRADE_STEP_METERS) {
				double grade = (e - fromElevation) / (d - fromDistance);
				sum += grade;
				squares += grade * grade;
				n++;
				fromDistance = d;
				fromElevation = e;
			}
		}
		if (n < 3) {
			return 0;
		}
		double mean = sum / n;
		return Math.sqrt(Math.max(0, squares / n - mean * mean));
	}

}
