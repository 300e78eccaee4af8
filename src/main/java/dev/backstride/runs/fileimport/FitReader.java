package dev.backstride.runs.fileimport;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import dev.backstride.runs.ReadResult;
import dev.backstride.runs.Recording;
import dev.backstride.runs.RunSource;
import dev.backstride.runs.RunningDynamics;
import dev.backstride.runs.Sports;
import dev.backstride.runs.Terrain;

/**
 * Reads a FIT activity with Backstride's own {@link FitDecoder}. The run's facts come from its
 * session message (start, elapsed and timer time, distance, climb, heart rate, cadence, sport and
 * sub-sport, running dynamics); its samples from the record messages. A file whose CRC does not
 * match, that ends early, is not an activity, holds several sports, or was recorded before the watch
 * knew the date is refused with the reason.
 */
final class FitReader {

	/** FIT times below this are seconds since the device powered on, not a date (FIT profile, date_time). */
	static final long FIRST_REAL_TIME = 0x10000000L;

	/** Seconds between the Unix epoch and the FIT epoch, 1989-12-31T00:00:00Z. */
	static final long FIT_EPOCH = 631065600L;

	private FitReader() {
	}

	static ReadResult read(byte[] bytes) {
		FitActivity activity = new FitActivity();
		try {
			FitDecoder.decode(bytes, activity);
		}
		catch (FitDecoder.Damaged ex) {
			return new ReadResult.Rejected(ex.getMessage());
		}
		return recording(activity);
	}

	private static ReadResult recording(FitActivity activity) {
		if (activity.fileType >= 0 && activity.fileType != FitProfile.ACTIVITY_FILE) {
			return new ReadResult.Rejected("It is not an activity: it is a FIT "
					+ FitProfile.fileType(activity.fileType).replace('_', ' ') + " file.");
		}
		if (activity.sessions == 0) {
			return new ReadResult.Rejected(activity.records == 0 ? "It holds no recorded activity."
					: "It holds no summary of the activity (no session), so its sport and times are unknown.");
		}
		if (activity.sessions > 1) {
			return new ReadResult.Rejected("It is a multisport activity with " + activity.sessions
					+ " parts; Backstride takes one run per file.");
		}
		return fromSession(activity.session, activity);
	}

	private static ReadResult fromSession(FitActivity.Session session, FitActivity activity) {
		String sport = session.sport < 0 ? "generic" : FitProfile.sport(session.sport);
		Optional<String> notARun = Sports.notARun(sport, true);
		if (notARun.isPresent()) {
			return new ReadResult.Rejected(notARun.get());
		}
		if (session.start < 0 || Double.isNaN(session.elapsed)) {
			return new ReadResult.Rejected("It has no timing data: the start or the duration is missing.");
		}
		if (session.start < FIRST_REAL_TIME) {
			return new ReadResult.Rejected("It has no real date: the watch had not set its clock when it recorded"
					+ " this run, so the day of the run is unknown.");
		}
		if (!(session.elapsed > 0)) {
			return new ReadResult.Rejected("It has no timing data: the activity lasted no time at all.");
		}
		double timer = Double.isNaN(session.timer) ? session.elapsed : session.timer;
		TrackBuilder track = activity.track;
		double distance = Double.isNaN(session.distance) ? track.routeMeters() : session.distance;
		Optional<String> subSport = FitProfile.subSport(session.subSport);
		OptionalDouble climb = Double.isNaN(session.ascent) ? track.climbMeters() : OptionalDouble.of(session.ascent);
		return new ReadResult.Read(new Recording(RunSource.FIT, Instant.ofEpochSecond(session.start + FIT_EPOCH),
				session.elapsed, timer, distance, climb, heartRate(session, track), cadence(session), sport, subSport,
				subSport.flatMap(FitReader::terrain), dynamics(session), activity.records, track.build()));
	}

	private static OptionalInt heartRate(FitActivity.Session session, TrackBuilder track) {
		if (!Double.isNaN(session.heartRate)) {
			return OptionalInt.of((int) session.heartRate);
		}
		OptionalDouble mean = track.meanHeartRate();
		return mean.isPresent() ? OptionalInt.of((int) Math.round(mean.getAsDouble())) : OptionalInt.empty();
	}

	/** FIT gives running cadence in strides (one foot) per minute: steps are twice that. */
	private static OptionalInt cadence(FitActivity.Session session) {
		if (Double.isNaN(session.cadence) || session.cadence == 0) {
			return OptionalInt.empty();
		}
		double fraction = Double.isNaN(session.fractionalCadence) ? 0 : session.fractionalCadence;
		return OptionalInt.of((int) Math.round(2 * (session.cadence + fraction)));
	}

	private static RunningDynamics dynamics(FitActivity.Session session) {
		return new RunningDynamics(optional(session.verticalOscillation), optional(session.stanceTime),
				optional(session.stanceBalance));
	}

	private static OptionalDouble optional(double value) {
		return Double.isNaN(value) || value == 0 ? OptionalDouble.empty() : OptionalDouble.of(value);
	}

	static Optional<Terrain> terrain(String subSport) {
		return switch (subSport) {
			case "trail" -> Optional.of(Terrain.TRAIL);
			case "treadmill", "indoor_running", "virtual_activity" -> Optional.of(Terrain.TREADMILL);
			case "track" -> Optional.of(Terrain.TRACK);
			case "street", "road" -> Optional.of(Terrain.ROAD);
			default -> Optional.empty();
		};
	}

}
