package dev.backstride.runs.fileimport;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import com.garmin.fit.Decode;
import com.garmin.fit.FitRuntimeException;
import com.garmin.fit.Mesg;
import com.garmin.fit.MesgNum;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;

/**
 * The FIT fields a run is read from, decoded twice: by Garmin's FIT SDK (the reference) and by
 * Backstride's {@link FitDecoder}, into the same plain values so that tests compare them field by
 * field. {@code NaN} or -1 stand for "not recorded" on both sides.
 */
record FitFacts(List<Long> fileTypes, List<Sample> records, List<Session> sessions) {

	record Sample(long time, double lat, double lon, double altitude, double heartRate, double cadence,
			double distance, double speed) {
	}

	record Session(long start, long sport, long subSport, double elapsed, double timer, double distance,
			double ascent, double heartRate, double cadence, double fractionalCadence, double verticalOscillation,
			double stanceTime, double stanceBalance) {
	}

	/**
	 * Garmin's SDK over each file of a chain in turn (its decoder, given a chain at once, reads on past
	 * the first file without handing over its messages); not ok when it refuses one of them or a file
	 * of the chain is cut short.
	 */
	static Decoded sdk(byte[] bytes) {
		FitFacts facts = new FitFacts(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		int at = 0;
		while (at < bytes.length) {
			if (bytes.length - at < 12) {
				return new Decoded(false, facts);
			}
			long end = at + (bytes[at] & 0xFF) + FitBaseTypes.littleEndian(bytes, at + 4, 4) + 2;
			if (end > bytes.length || !sdk(java.util.Arrays.copyOfRange(bytes, at, (int) end), facts)) {
				return new Decoded(false, facts);
			}
			at = (int) end;
		}
		return new Decoded(true, facts);
	}

	private static boolean sdk(byte[] file, FitFacts facts) {
		try {
			return new Decode().read(new ByteArrayInputStream(file), facts::sdkMessage);
		}
		catch (FitRuntimeException ex) {
			return false;
		}
	}

	static Decoded ours(byte[] bytes) {
		FitFacts facts = new FitFacts(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		FitActivity.CompressedDistance compressed = new FitActivity.CompressedDistance();
		try {
			FitDecoder.decode(bytes, (m) -> facts.ourMessage(m, compressed));
			return new Decoded(true, facts);
		}
		catch (FitDecoder.Damaged ex) {
			return new Decoded(false, facts);
		}
	}

	record Decoded(boolean ok, FitFacts facts) {
	}

	private void sdkMessage(Mesg m) {
		switch (m.getNum()) {
			case MesgNum.FILE_ID -> this.fileTypes.add(orMinusOne(m.getFieldLongValue(0)));
			case MesgNum.RECORD -> this.records.add(new Sample(orMinusOne(m.getFieldLongValue(RecordMesg.TimestampFieldNum)),
					orNaN(m.getFieldDoubleValue(RecordMesg.PositionLatFieldNum)),
					orNaN(m.getFieldDoubleValue(RecordMesg.PositionLongFieldNum)),
					first(m.getFieldDoubleValue(RecordMesg.EnhancedAltitudeFieldNum),
							m.getFieldDoubleValue(RecordMesg.AltitudeFieldNum)),
					orNaN(m.getFieldDoubleValue(RecordMesg.HeartRateFieldNum)),
					orNaN(m.getFieldDoubleValue(RecordMesg.CadenceFieldNum)),
					orNaN(m.getFieldDoubleValue(RecordMesg.DistanceFieldNum)),
					first(m.getFieldDoubleValue(RecordMesg.EnhancedSpeedFieldNum),
							m.getFieldDoubleValue(RecordMesg.SpeedFieldNum))));
			case MesgNum.SESSION -> this.sessions.add(new Session(orMinusOne(m.getFieldLongValue(SessionMesg.StartTimeFieldNum)),
					orMinusOne(m.getFieldLongValue(SessionMesg.SportFieldNum)),
					orMinusOne(m.getFieldLongValue(SessionMesg.SubSportFieldNum)),
					orNaN(m.getFieldDoubleValue(SessionMesg.TotalElapsedTimeFieldNum)),
					orNaN(m.getFieldDoubleValue(SessionMesg.TotalTimerTimeFieldNum)),
					orNaN(m.getFieldDoubleValue(SessionMesg.TotalDistanceFieldNum)),
					orNaN(m.getFieldDoubleValue(SessionMesg.TotalAscentFieldNum)),
					orNaN(m.getFieldDoubleValue(SessionMesg.AvgHeartRateFieldNum)),
					orNaN(m.getFieldDoubleValue(SessionMesg.AvgCadenceFieldNum)),
					orNaN(m.getFieldDoubleValue(SessionMesg.AvgFractionalCadenceFieldNum)),
					orNaN(m.getFieldDoubleValue(SessionMesg.AvgVerticalOscillationFieldNum)),
					orNaN(m.getFieldDoubleValue(SessionMesg.AvgStanceTimeFieldNum)),
					orNaN(m.getFieldDoubleValue(SessionMesg.AvgStanceTimeBalanceFieldNum))));
			default -> {
			}
		}
	}

	private void ourMessage(FitMessage m, FitActivity.CompressedDistance compressed) {
		switch (m.global()) {
			case FitProfile.FILE_ID -> this.fileTypes.add(whole(m.number(FitProfile.FILE_ID_TYPE)));
			case FitProfile.RECORD -> {
				double distance = m.number(FitProfile.RECORD_DISTANCE, 100, 0);
				this.records.add(new Sample(m.time(), m.number(FitProfile.RECORD_POSITION_LAT),
						m.number(FitProfile.RECORD_POSITION_LONG), FitActivity.altitude(m),
						m.number(FitProfile.RECORD_HEART_RATE), m.number(FitProfile.RECORD_CADENCE),
						Double.isNaN(distance) ? compressed.distance(m) : distance, speed(m)));
			}
			case FitProfile.SESSION -> this.sessions.add(new Session(whole(m.number(FitProfile.SESSION_START_TIME)),
					whole(m.number(FitProfile.SESSION_SPORT)), whole(m.number(FitProfile.SESSION_SUB_SPORT)),
					m.number(FitProfile.SESSION_TOTAL_ELAPSED_TIME, 1000, 0),
					m.number(FitProfile.SESSION_TOTAL_TIMER_TIME, 1000, 0),
					m.number(FitProfile.SESSION_TOTAL_DISTANCE, 100, 0), m.number(FitProfile.SESSION_TOTAL_ASCENT),
					m.number(FitProfile.SESSION_AVG_HEART_RATE), m.number(FitProfile.SESSION_AVG_CADENCE),
					m.number(FitProfile.SESSION_AVG_FRACTIONAL_CADENCE, 128, 0),
					m.number(FitProfile.SESSION_AVG_VERTICAL_OSCILLATION, 10, 0),
					m.number(FitProfile.SESSION_AVG_STANCE_TIME, 10, 0),
					m.number(FitProfile.SESSION_AVG_STANCE_TIME_BALANCE, 100, 0)));
			default -> {
			}
		}
	}

	/** Speed from its own fields, else from the 12 low bits of {@code compressed_speed_distance} (scale 100). */
	private static double speed(FitMessage m) {
		double speed = first(m.number(FitProfile.RECORD_ENHANCED_SPEED, 1000, 0), m.number(FitProfile.RECORD_SPEED, 1000, 0));
		long bits = m.bits(FitProfile.RECORD_COMPRESSED_SPEED_DISTANCE);
		return Double.isNaN(speed) && bits >= 0 ? (bits & 0xFFF) / 100.0 : speed;
	}

	private static long whole(double value) {
		return Double.isNaN(value) ? -1 : (long) value;
	}

	private static long orMinusOne(Long value) {
		return value == null ? -1 : value;
	}

	private static double orNaN(Double value) {
		return value == null ? Double.NaN : value;
	}

	private static double first(Double value, Double otherwise) {
		return value != null ? value : orNaN(otherwise);
	}

	private static double first(double value, double otherwise) {
		return Double.isNaN(value) ? otherwise : value;
	}

}
