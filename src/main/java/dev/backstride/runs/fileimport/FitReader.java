package dev.backstride.runs.fileimport;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import com.garmin.fit.Decode;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.FitRuntimeException;
import com.garmin.fit.Mesg;
import com.garmin.fit.MesgNum;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;
import dev.backstride.runs.ReadResult;
import dev.backstride.runs.Recording;
import dev.backstride.runs.RunSource;
import dev.backstride.runs.RunningDynamics;
import dev.backstride.runs.Sports;
import dev.backstride.runs.Terrain;

/**
 * Reads a FIT activity with Garmin's FIT SDK. The run's facts come from its session message (start,
 * elapsed and timer time, distance, climb, heart rate, cadence, sport and sub-sport, running
 * dynamics); its samples from the record messages. A file whose CRC does not match, that ends early,
 * is not an activity, holds several sports, or was recorded before the watch knew the date is refused
 * with the reason.
 */
final class FitReader {

	/** FIT times below this are seconds since the device powered on, not a date (FIT profile, date_time). */
	private static final long FIRST_REAL_TIME = 0x10000000L;

	/** Seconds between the Unix epoch and the FIT epoch, 1989-12-31T00:00:00Z. */
	private static final long FIT_EPOCH = 631065600L;

	private static final double SEMICIRCLES_TO_DEGREES = 180.0 / 2147483648.0;

	private FitReader() {
	}

	static ReadResult read(byte[] bytes) {
		if (!chainIsWhole(bytes)) {
			return new ReadResult.Rejected("The file is damaged: one of the FIT files chained in it is cut short or"
					+ " has a broken header.");
		}
		return read(new java.io.ByteArrayInputStream(bytes));
	}

	/**
	 * Whether the bytes are one or more whole FIT files back to back: each a header of 12 or 14 bytes
	 * with ".FIT" and its data size, that many bytes of data, and a 2-byte checksum. (The SDK's decoder
	 * stops quietly at a broken header after the first file.)
	 */
	static boolean chainIsWhole(byte[] bytes) {
		int at = 0;
		while (at < bytes.length) {
			if (bytes.length - at < 12) {
				return false;
			}
			int header = bytes[at] & 0xff;
			if ((header != 12 && header != 14) || bytes[at + 8] != '.' || bytes[at + 9] != 'F' || bytes[at + 10] != 'I'
					|| bytes[at + 11] != 'T') {
				return false;
			}
			long data = (bytes[at + 4] & 0xffL) | (bytes[at + 5] & 0xffL) << 8 | (bytes[at + 6] & 0xffL) << 16
					| (bytes[at + 7] & 0xffL) << 24;
			long end = at + header + data + 2;
			if (data == 0 || end > bytes.length) {
				return false;
			}
			// the SDK checks the first file's checksum itself; the ones after it are checked here
			if (at > 0 && !checksumMatches(bytes, at, (int) end)) {
				return false;
			}
			at = (int) end;
		}
		return true;
	}

	private static final int[] CRC_TABLE = { 0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401, 0xA001,
			0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400 };

	/** FIT's CRC-16 over a whole file, its stored checksum included, is 0; a stored 0 means "not computed". */
	private static boolean checksumMatches(byte[] bytes, int from, int to) {
		if (bytes[to - 2] == 0 && bytes[to - 1] == 0) {
			return true;
		}
		int crc = 0;
		for (int i = from; i < to; i++) {
			int b = bytes[i] & 0xff;
			int tmp = CRC_TABLE[crc & 0xF];
			crc = (crc >> 4) & 0x0FFF;
			crc = crc ^ tmp ^ CRC_TABLE[b & 0xF];
			tmp = CRC_TABLE[crc & 0xF];
			crc = (crc >> 4) & 0x0FFF;
			crc = crc ^ tmp ^ CRC_TABLE[(b >> 4) & 0xF];
		}
		return crc == 0;
	}

	private static ReadResult read(InputStream in) {
		Collector collector = new Collector();
		Decode decode = new Decode();
		try {
			if (!decode.read(in, collector)) {
				return new ReadResult.Rejected("The file is damaged: it is not a complete FIT file.");
			}
		}
		catch (FitRuntimeException ex) {
			return new ReadResult.Rejected(damage(ex));
		}
		return collector.recording();
	}

	private static String damage(FitRuntimeException ex) {
		String message = String.valueOf(ex.getMessage()).toLowerCase(Locale.ROOT);
		if (message.contains("crc")) {
			return "The file is damaged: its checksum does not match its contents.";
		}
		if (message.contains("header") || message.contains("not a fit") || message.contains(".fit")) {
			return "The file is damaged or not a FIT file: its header cannot be read.";
		}
		return "The file is damaged: it ends in the middle of its data.";
	}

	/** Gathers the messages a run is made of, as the decoder hands them over. */
	private static final class Collector implements com.garmin.fit.MesgListener {

		private final List<SessionMesg> sessions = new ArrayList<>();

		private final TrackBuilder track = new TrackBuilder();

		private Optional<com.garmin.fit.File> type = Optional.empty();

		private long firstRecordTime = -1;

		private int records;

		@Override
		public void onMesg(Mesg mesg) {
			switch (mesg.getNum()) {
				case MesgNum.RECORD -> record(mesg);
				case MesgNum.SESSION -> this.sessions.add(new SessionMesg(mesg));
				case MesgNum.FILE_ID -> {
					if (this.type.isEmpty()) {
						this.type = Optional.ofNullable(new FileIdMesg(mesg).getType());
					}
				}
				default -> {
				}
			}
		}

		private void record(Mesg mesg) {
			this.records++;
			Long time = mesg.getFieldLongValue(RecordMesg.TimestampFieldNum);
			if (time != null && this.firstRecordTime < 0) {
				this.firstRecordTime = time;
			}
			double seconds = time == null ? Double.NaN : time - this.firstRecordTime;
			this.track.add(seconds, degrees(mesg.getFieldIntegerValue(RecordMesg.PositionLatFieldNum)),
					degrees(mesg.getFieldIntegerValue(RecordMesg.PositionLongFieldNum)), altitude(mesg),
					number(mesg.getFieldDoubleValue(RecordMesg.HeartRateFieldNum)),
					number(mesg.getFieldDoubleValue(RecordMesg.DistanceFieldNum)));
		}

		private static double altitude(Mesg mesg) {
			Double enhanced = mesg.getFieldDoubleValue(RecordMesg.EnhancedAltitudeFieldNum);
			return enhanced != null ? enhanced : number(mesg.getFieldDoubleValue(RecordMesg.AltitudeFieldNum));
		}

		private static double degrees(Integer semicircles) {
			return semicircles == null ? Double.NaN : semicircles * SEMICIRCLES_TO_DEGREES;
		}

		private static double number(Number value) {
			return value == null ? Double.NaN : value.doubleValue();
		}

		ReadResult recording() {
			if (this.type.isPresent() && this.type.get() != com.garmin.fit.File.ACTIVITY) {
				return new ReadResult.Rejected("It is not an activity: it is a FIT "
						+ this.type.get().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " file.");
			}
			if (this.sessions.isEmpty()) {
				return new ReadResult.Rejected(this.records == 0 ? "It holds no recorded activity."
						: "It holds no summary of the activity (no session), so its sport and times are unknown.");
			}
			if (this.sessions.size() > 1) {
				return new ReadResult.Rejected("It is a multisport activity with " + this.sessions.size()
						+ " parts; Backstride takes one run per file.");
			}
			return fromSession(this.sessions.get(0));
		}

		private ReadResult fromSession(SessionMesg session) {
			String sport = session.getSport() == null ? "generic" : session.getSport().name().toLowerCase(Locale.ROOT);
			Optional<String> notARun = Sports.notARun(sport, true);
			if (notARun.isPresent()) {
				return new ReadResult.Rejected(notARun.get());
			}
			if (session.getStartTime() == null || session.getTotalElapsedTime() == null) {
				return new ReadResult.Rejected("It has no timing data: the start or the duration is missing.");
			}
			long start = session.getStartTime().getTimestamp();
			if (start < FIRST_REAL_TIME) {
				return new ReadResult.Rejected("It has no real date: the watch had not set its clock when it recorded"
						+ " this run, so the day of the run is unknown.");
			}
			double elapsed = session.getTotalElapsedTime();
			if (!(elapsed > 0)) {
				return new ReadResult.Rejected("It has no timing data: the activity lasted no time at all.");
			}
			double timer = session.getTotalTimerTime() == null ? elapsed : session.getTotalTimerTime();
			double distance = session.getTotalDistance() != null ? session.getTotalDistance() : this.track.routeMeters();
			Optional<String> subSport = Optional.ofNullable(session.getSubSport())
				.filter((s) -> s != com.garmin.fit.SubSport.GENERIC && s != com.garmin.fit.SubSport.INVALID)
				.map((s) -> s.name().toLowerCase(Locale.ROOT));
			return new ReadResult.Read(new Recording(RunSource.FIT, Instant.ofEpochSecond(start + FIT_EPOCH), elapsed,
					timer, distance, climb(session), heartRate(session), cadence(session), sport, subSport,
					subSport.flatMap(FitReader::terrain), dynamics(session), this.records, this.track.build()));
		}

		private OptionalDouble climb(SessionMesg session) {
			return session.getTotalAscent() != null ? OptionalDouble.of(session.getTotalAscent())
					: this.track.climbMeters();
		}

		private OptionalInt heartRate(SessionMesg session) {
			if (session.getAvgHeartRate() != null) {
				return OptionalInt.of(session.getAvgHeartRate());
			}
			OptionalDouble mean = this.track.meanHeartRate();
			return mean.isPresent() ? OptionalInt.of((int) Math.round(mean.getAsDouble())) : OptionalInt.empty();
		}

		/** FIT gives running cadence in strides (one foot) per minute: steps are twice that. */
		private static OptionalInt cadence(SessionMesg session) {
			if (session.getAvgCadence() == null || session.getAvgCadence() == 0) {
				return OptionalInt.empty();
			}
			double fraction = session.getAvgFractionalCadence() == null ? 0 : session.getAvgFractionalCadence();
			return OptionalInt.of((int) Math.round(2 * (session.getAvgCadence() + fraction)));
		}

		private static RunningDynamics dynamics(SessionMesg session) {
			return new RunningDynamics(optional(session.getAvgVerticalOscillation()), optional(session.getAvgStanceTime()),
					optional(session.getAvgStanceTimeBalance()));
		}

		private static OptionalDouble optional(Float value) {
			return value == null || value == 0 ? OptionalDouble.empty() : OptionalDouble.of(value);
		}

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
