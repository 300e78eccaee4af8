package dev.backstride.runs.fileimport;

/**
 * Gathers what a run is read from as the {@link FitDecoder} hands over the messages: the first
 * file_id's type, the sessions (the first one's facts), and every record's time, position,
 * elevation, heart rate and distance into a {@link TrackBuilder}.
 */
final class FitActivity implements FitDecoder.Listener {

	private static final double SEMICIRCLES_TO_DEGREES = 180.0 / 2147483648.0;

	/** A session's facts in their units; {@code NaN} (or -1) for what it does not say. */
	static final class Session {

		long start = -1;

		int sport = -1;

		int subSport = -1;

		double elapsed = Double.NaN;

		double timer = Double.NaN;

		double distance = Double.NaN;

		double ascent = Double.NaN;

		double heartRate = Double.NaN;

		double cadence = Double.NaN;

		double fractionalCadence = Double.NaN;

		double verticalOscillation = Double.NaN;

		double stanceTime = Double.NaN;

		double stanceBalance = Double.NaN;

	}

	final TrackBuilder track = new TrackBuilder();

	final Session session = new Session();

	int fileType = -1;

	int sessions;

	int records;

	private long firstRecordTime = -1;

	private final CompressedDistance compressed = new CompressedDistance();

	@Override
	public void message(FitMessage m) {
		switch (m.global()) {
			case FitProfile.RECORD -> record(m);
			case FitProfile.SESSION -> {
				if (this.sessions++ == 0) {
					session(m);
				}
			}
			case FitProfile.FILE_ID -> {
				if (this.fileType < 0) {
					this.fileType = whole(m.number(FitProfile.FILE_ID_TYPE));
				}
			}
			default -> {
			}
		}
	}

	private void record(FitMessage m) {
		this.records++;
		long time = m.time();
		if (time >= 0 && this.firstRecordTime < 0) {
			this.firstRecordTime = time;
		}
		double seconds = time < 0 ? Double.NaN : time - this.firstRecordTime;
		this.track.add(seconds, m.number(FitProfile.RECORD_POSITION_LAT) * SEMICIRCLES_TO_DEGREES,
				m.number(FitProfile.RECORD_POSITION_LONG) * SEMICIRCLES_TO_DEGREES, altitude(m),
				m.number(FitProfile.RECORD_HEART_RATE), distance(m));
	}

	static double altitude(FitMessage m) {
		double enhanced = m.number(FitProfile.RECORD_ENHANCED_ALTITUDE, 5, 500);
		return Double.isNaN(enhanced) ? m.number(FitProfile.RECORD_ALTITUDE, 5, 500) : enhanced;
	}

	private double distance(FitMessage m) {
		double distance = m.number(FitProfile.RECORD_DISTANCE, 100, 0);
		return Double.isNaN(distance) ? this.compressed.distance(m) : distance;
	}

	private void session(FitMessage m) {
		Session s = this.session;
		double start = m.number(FitProfile.SESSION_START_TIME);
		s.start = Double.isNaN(start) ? -1 : (long) start;
		s.sport = whole(m.number(FitProfile.SESSION_SPORT));
		s.subSport = whole(m.number(FitProfile.SESSION_SUB_SPORT));
		s.elapsed = m.number(FitProfile.SESSION_TOTAL_ELAPSED_TIME, 1000, 0);
		s.timer = m.number(FitProfile.SESSION_TOTAL_TIMER_TIME, 1000, 0);
		s.distance = m.number(FitProfile.SESSION_TOTAL_DISTANCE, 100, 0);
		s.ascent = m.number(FitProfile.SESSION_TOTAL_ASCENT);
		s.heartRate = m.number(FitProfile.SESSION_AVG_HEART_RATE);
		s.cadence = m.number(FitProfile.SESSION_AVG_CADENCE);
		s.fractionalCadence = m.number(FitProfile.SESSION_AVG_FRACTIONAL_CADENCE, 128, 0);
		s.verticalOscillation = m.number(FitProfile.SESSION_AVG_VERTICAL_OSCILLATION, 10, 0);
		s.stanceTime = m.number(FitProfile.SESSION_AVG_STANCE_TIME, 10, 0);
		s.stanceBalance = m.number(FitProfile.SESSION_AVG_STANCE_TIME_BALANCE, 100, 0);
	}

	private static int whole(double value) {
		return Double.isNaN(value) ? -1 : (int) value;
	}

	/**
	 * Older devices pack speed and distance into three bytes per record; the distance is the low 12
	 * bits of a running count of sixteenths of a metre, so each record adds what it moved on, modulo 4096.
	 */
	static final class CompressedDistance {

		private long last;

		private long total;

		double distance(FitMessage m) {
			long bits = m.bits(FitProfile.RECORD_COMPRESSED_SPEED_DISTANCE);
			if (bits < 0) {
				return Double.NaN;
			}
			long value = (bits >>> 12) & 0xFFF;
			this.total += (value - this.last) & 0xFFF;
			this.last = value;
			// the unpacked distance lands in the record's distance field, kept in hundredths of a metre
			return Math.round(this.total * 100 / 16.0) / 100.0;
		}

	}

}
