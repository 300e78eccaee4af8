package dev.backstride.runs.fileimport;

import java.util.Arrays;
import java.util.OptionalDouble;

import dev.backstride.runs.Track;

/**
 * Collects a run's samples as a reader meets them and works out what the file itself may not say:
 * distance along the route, climb, moving time and mean heart rate. Distances are great-circle
 * (haversine, mean Earth radius); a jump between segments is not counted.
 */
final class TrackBuilder {

	static final double EARTH_RADIUS_METERS = 6_371_008.8;

	/** Slower than this (1.8 km/h) between two points counts as standing, not moving. */
	static final double MOVING_METERS_PER_SECOND = 0.5;

	/** Climb is counted once the elevation has risen this far from its last low (noise filter). */
	static final double CLIMB_THRESHOLD_METERS = 3;

	private float[] seconds = new float[256];

	private double[] latitude = new double[256];

	private double[] longitude = new double[256];

	private float[] elevation = new float[256];

	private float[] heartRate = new float[256];

	private float[] distance = new float[256];

	private int size;

	private double routeMeters;

	private double movingSeconds;

	private double lastLat = Double.NaN;

	private double lastLon = Double.NaN;

	private double lastTime = Double.NaN;

	private double lastTimedMeters;

	private double climb;

	private double low = Double.NaN;

	private double heartSum;

	private int heartCount;

	/** Starts a new segment: the distance from the last point of the previous one is not counted. */
	void newSegment() {
		this.lastLat = Double.NaN;
		this.lastLon = Double.NaN;
		this.lastTime = Double.NaN;
	}

	/**
	 * Adds a sample; {@code NaN} for what is not known. {@code meters} is the file's own distance from
	 * the start; without it the distance along the positions is used.
	 */
	void add(double secondsFromStart, double lat, double lon, double ele, double hr, double meters) {
		if (!Double.isNaN(lat) && !Double.isNaN(lon)) {
			if (!Double.isNaN(this.lastLat)) {
				this.routeMeters += haversine(this.lastLat, this.lastLon, lat, lon);
			}
			this.lastLat = lat;
			this.lastLon = lon;
		}
		double along = Double.isNaN(meters) ? this.routeMeters : meters;
		if (!Double.isNaN(secondsFromStart)) {
			if (!Double.isNaN(this.lastTime)) {
				double dt = secondsFromStart - this.lastTime;
				if (dt > 0 && (along - this.lastTimedMeters) / dt >= MOVING_METERS_PER_SECOND) {
					this.movingSeconds += dt;
				}
			}
			this.lastTime = secondsFromStart;
			this.lastTimedMeters = along;
		}
		climb(ele);
		if (!Double.isNaN(hr) && hr > 0) {
			this.heartSum += hr;
			this.heartCount++;
		}
		grow();
		this.seconds[this.size] = (float) secondsFromStart;
		this.latitude[this.size] = lat;
		this.longitude[this.size] = lon;
		this.elevation[this.size] = (float) ele;
		this.heartRate[this.size] = (float) hr;
		this.distance[this.size] = (float) along;
		this.size++;
	}

	private void climb(double ele) {
		if (Double.isNaN(ele)) {
			return;
		}
		if (Double.isNaN(this.low) || ele < this.low) {
			this.low = ele;
		}
		else if (ele - this.low >= CLIMB_THRESHOLD_METERS) {
			this.climb += ele - this.low;
			this.low = ele;
		}
	}

	private void grow() {
		if (this.size == this.seconds.length) {
			int n = this.size * 2;
			this.seconds = Arrays.copyOf(this.seconds, n);
			this.latitude = Arrays.copyOf(this.latitude, n);
			this.longitude = Arrays.copyOf(this.longitude, n);
			this.elevation = Arrays.copyOf(this.elevation, n);
			this.heartRate = Arrays.copyOf(this.heartRate, n);
			this.distance = Arrays.copyOf(this.distance, n);
		}
	}

	int size() {
		return this.size;
	}

	double routeMeters() {
		return this.routeMeters;
	}

	double movingSeconds() {
		return this.movingSeconds;
	}

	OptionalDouble climbMeters() {
		return Double.isNaN(this.low) ? OptionalDouble.empty() : OptionalDouble.of(this.climb);
	}

	OptionalDouble meanHeartRate() {
		return this.heartCount == 0 ? OptionalDouble.empty() : OptionalDouble.of(this.heartSum / this.heartCount);
	}

	Track build() {
		return new Track(Arrays.copyOf(this.seconds, this.size), Arrays.copyOf(this.latitude, this.size),
				Arrays.copyOf(this.longitude, this.size), Arrays.copyOf(this.elevation, this.size),
				Arrays.copyOf(this.heartRate, this.size), Arrays.copyOf(this.distance, this.size));
	}

	static double haversine(double lat1, double lon1, double lat2, double lon2) {
		double p1 = Math.toRadians(lat1);
		double p2 = Math.toRadians(lat2);
		double dp = p2 - p1;
		double dl = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
		return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
	}

}
