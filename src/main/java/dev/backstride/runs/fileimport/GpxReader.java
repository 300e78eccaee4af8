package dev.backstride.runs.fileimport;

import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.backstride.runs.ReadResult;
import dev.backstride.runs.Recording;
import dev.backstride.runs.RunSource;
import dev.backstride.runs.RunningDynamics;
import dev.backstride.runs.Sports;

/**
 * Reads a GPX track (1.0 or 1.1) with the JDK's streaming XML reader: distance along every segment's
 * points, elapsed time from the first to the last timed point, moving time where the runner kept
 * moving, climb from the elevations, heart rate and cadence from Garmin's track point extensions
 * ({@code hr}, {@code cad}), the sport from the first track's {@code type}. jpx (which the tests use to
 * check this reader) builds a DOM document for every point's extensions, which made a marathon's file
 * take seconds; this reads each element once. A point with a latitude or longitude out of range, or
 * missing, makes the file damaged. No DTDs or external entities are read.
 */
final class GpxReader {

	private GpxReader() {
	}

	static ReadResult read(InputStream in) {
		Parse parse = new Parse();
		return SafeXml.read(in, "GPX", (xml) -> parse.all(xml) ? Optional.empty()
				: Optional.of("The file is damaged: a track point has no valid position."), parse::result);
	}

	/** The state of one pass through the document. */
	private static final class Parse {

		private final TrackBuilder track = new TrackBuilder();

		private final Timing timing = new Timing();

		private Optional<String> sport = Optional.empty();

		private double cadenceSum;

		private int cadenceCount;

		private int points;

		private boolean inPoint;

		private boolean inTrack;

		private Instant time;

		private double lat;

		private double lon;

		private double ele = Double.NaN;

		private double hr = Double.NaN;

		boolean all(XMLStreamReader xml) throws XMLStreamException {
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					if (!start(xml)) {
						return false;
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					String name = xml.getLocalName();
					if (name.equals("trkpt")) {
						endPoint();
					}
					else if (name.equals("trk")) {
						this.inTrack = false;
					}
				}
			}
			return true;
		}

		private boolean start(XMLStreamReader xml) throws XMLStreamException {
			switch (xml.getLocalName()) {
				case "trk" -> this.inTrack = true;
				case "trkseg" -> this.track.newSegment();
				case "trkpt" -> {
					this.inPoint = true;
					this.lat = coordinate(xml.getAttributeValue(null, "lat"), 90);
					this.lon = coordinate(xml.getAttributeValue(null, "lon"), 180);
					return !Double.isNaN(this.lat) && !Double.isNaN(this.lon);
				}
				case "type" -> {
					if (this.inTrack && !this.inPoint && this.sport.isEmpty()) {
						this.sport = Optional.of(xml.getElementText().strip());
					}
				}
				case "time" -> {
					if (this.inPoint) {
						this.time = instant(xml.getElementText().strip());
					}
				}
				case "ele" -> {
					if (this.inPoint) {
						this.ele = Double.parseDouble(xml.getElementText().strip());
					}
				}
				case "hr" -> {
					if (this.inPoint) {
						this.hr = Double.parseDouble(xml.getElementText().strip());
					}
				}
				case "cad" -> {
					if (this.inPoint) {
						cadence(Double.parseDouble(xml.getElementText().strip()));
					}
				}
				default -> {
				}
			}
			return true;
		}

		/** GPX times are UTC; some writers leave the zone out. */
		private static Instant instant(String text) {
			try {
				return OffsetDateTime.parse(text).toInstant();
			}
			catch (DateTimeParseException ex) {
				return java.time.LocalDateTime.parse(text).toInstant(java.time.ZoneOffset.UTC);
			}
		}

		private static double coordinate(String text, double most) {
			if (text == null) {
				return Double.NaN;
			}
			try {
				double value = Double.parseDouble(text.strip());
				return Math.abs(value) <= most ? value : Double.NaN;
			}
			catch (NumberFormatException ex) {
				return Double.NaN;
			}
		}

		/** Garmin's cad in a running GPX counts one foot's strides: steps per minute are twice that. */
		private void cadence(double strides) {
			if (strides > 0) {
				this.cadenceSum += 2 * strides;
				this.cadenceCount++;
			}
		}

		private void endPoint() {
			this.points++;
			if (this.time != null) {
				this.timing.add(this.time);
			}
			double seconds = this.time == null ? Double.NaN : this.timing.secondsSinceStart(this.time);
			this.track.add(seconds, this.lat, this.lon, this.ele, this.hr, Double.NaN);
			this.inPoint = false;
			this.time = null;
			this.ele = Double.NaN;
			this.hr = Double.NaN;
		}

		ReadResult result() {
			String named = this.sport.orElse("");
			Optional<String> notARun = Sports.notARun(named, false);
			if (notARun.isPresent()) {
				return new ReadResult.Rejected(notARun.get());
			}
			if (this.points == 0) {
				return new ReadResult.Rejected("The file holds no track points.");
			}
			Optional<String> problem = this.timing.problem();
			if (problem.isPresent()) {
				return new ReadResult.Rejected(problem.get());
			}
			double elapsed = this.timing.elapsedSeconds();
			OptionalDouble heart = this.track.meanHeartRate();
			return new ReadResult.Read(new Recording(RunSource.GPX, this.timing.start().orElseThrow(), elapsed,
					Math.min(this.track.movingSeconds(), elapsed), this.track.routeMeters(), this.track.climbMeters(),
					heart.isPresent() ? OptionalInt.of((int) Math.round(heart.getAsDouble())) : OptionalInt.empty(),
					this.cadenceCount == 0 ? OptionalInt.empty()
							: OptionalInt.of((int) Math.round(this.cadenceSum / this.cadenceCount)),
					named.isBlank() ? "running" : named, Optional.empty(), Optional.empty(), RunningDynamics.none(),
					this.points, this.track.build()));
		}

	}

}
