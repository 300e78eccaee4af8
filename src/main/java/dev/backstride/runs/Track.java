package dev.backstride.runs;

/**
 * The samples of a recorded run, for the run page's outline and charts: seconds since the start,
 * position in degrees, elevation in metres, heart rate in beats per minute and distance from the
 * start in metres. A value the file did not record is {@code NaN}. All arrays have the same length.
 */
public record Track(float[] seconds, double[] latitude, double[] longitude, float[] elevation, float[] heartRate,
		float[] distance) {

	public Track {
		int n = seconds.length;
		if (latitude.length != n || longitude.length != n || elevation.length != n || heartRate.length != n
				|| distance.length != n) {
			throw new IllegalArgumentException("track arrays differ in length");
		}
	}

	public static Track empty() {
		return new Track(new float[0], new double[0], new double[0], new float[0], new float[0], new float[0]);
	}

	public int size() {
		return this.seconds.length;
	}

	public boolean hasPositions() {
		for (double lat : this.latitude) {
			if (!Double.isNaN(lat)) {
				return true;
			}
		}
		return false;
	}

}
