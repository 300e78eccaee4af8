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
 * Reads a Garmin Training Center (TCX) activity with the JDK's streaming XML reader, one element at a
 * time: the sport from {@code Activity/@Sport}, the start from its {@code Id}, distance and moving time
 * as the sums of its laps, elapsed time from the first to the last track point, and each point's
 * position, altitude, distance, heart rate and cadence. No DTDs or external entities are read.
 */
final class TcxReader {

	private TcxReader() {
	}

	static ReadResult read(InputStream in) {
		Parse parse = new Parse();
		return SafeXml.read(in, "TCX", (xml) -> {
			parse.all(xml);
			return Optional.empty();
		}, parse::result);
	}

	/** The state of one pass through the document. */
	private static final class Parse {

		private final TrackBuilder track = new TrackBuilder();

		private final Timing timing = new Timing();

		private Optional<String> sport = Optional.empty();

		private Optional<Instant> id = Optional.empty();

		private boolean sawActivity;

		private double lapMeters;

		private double lapSeconds;

		private double cadenceSum;

		private int cadenceCount;

		private int points;

		// the track point being read
		private Instant time;

		private double lat = Double.NaN;

		private double lon = Double.NaN;

		private double ele = Double.NaN;

		private double meters = Double.NaN;

		private double hr = Double.NaN;

		void all(XMLStreamReader xml) throws XMLStreamException {
			StringBuilder path = new StringBuilder();
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = xml.getLocalName();
					path.append('/').append(name);
					start(xml, name);
					if (isValue(path)) {
						value(path, xml.getElementText().strip());
						path.setLength(path.lastIndexOf("/"));
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					if (xml.getLocalName().equals("Trackpoint")) {
						endPoint();
					}
					path.setLength(Math.max(0, path.lastIndexOf("/")));
				}
			}
		}

		private void start(XMLStreamReader xml, String name) {
			if (name.equals("Activity")) {
				this.sawActivity = true;
				if (this.sport.isEmpty()) {
					this.sport = Optional.ofNullable(xml.getAttributeValue(null, "Sport"));
				}
			}
			else if (name.equals("Track")) {
				this.track.newSegment();
			}
		}

		private static boolean isValue(CharSequence path) {
			String p = path.toString();
			return p.endsWith("/Activity/Id") || p.endsWith("/Lap/TotalTimeSeconds") || p.endsWith("/Lap/DistanceMeters")
					|| p.contains("/Trackpoint/") && (p.endsWith("/Time") || p.endsWith("/LatitudeDegrees")
							|| p.endsWith("/LongitudeDegrees") || p.endsWith("/AltitudeMeters")
							|| p.endsWith("/Trackpoint/DistanceMeters") || p.endsWith("/HeartRateBpm/Value")
							|| p.endsWith("/Trackpoint/Cadence") || p.endsWith("/RunCadence"));
		}

		private void value(CharSequence path, String text) {
			String p = path.toString();
			if (p.endsWith("/Activity/Id")) {
				this.id = this.id.or(() -> Optional.of(instant(text)));
			}
			else if (p.endsWith("/Lap/TotalTimeSeconds")) {
				this.lapSeconds += Double.parseDouble(text);
			}
			else if (p.endsWith("/Lap/DistanceMeters")) {
				this.lapMeters += Double.parseDouble(text);
			}
			else if (p.endsWith("/Time")) {
				this.time = instant(text);
			}
			else if (p.endsWith("/LatitudeDegrees")) {
				this.lat = Double.parseDouble(text);
			}
			else if (p.endsWith("/LongitudeDegrees")) {
				this.lon = Double.parseDouble(text);
			}
			else if (p.endsWith("/AltitudeMeters")) {
				this.ele = Double.parseDouble(text);
			}
			else if (p.endsWith("/DistanceMeters")) {
				this.meters = Double.parseDouble(text);
			}
			else if (p.endsWith("/Value")) {
				this.hr = Double.parseDouble(text);
			}
			else {
				cadence(Double.parseDouble(text));
			}
		}

		/** TCX cadence counts one foot's strides per minute; steps are twice that. */
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
			this.track.add(seconds, this.lat, this.lon, this.ele, this.hr, this.meters);
			this.time = null;
			this.lat = Double.NaN;
			this.lon = Double.NaN;
			this.ele = Double.NaN;
			this.meters = Double.NaN;
			this.hr = Double.NaN;
		}

		private static Instant instant(String text) {
			return OffsetDateTime.parse(text).toInstant();
		}

		ReadResult result() {
			if (!this.sawActivity) {
				return new ReadResult.Rejected("It holds no activity.");
			}
			String named = this.sport.orElse("");
			Optional<String> notARun = Sports.notARun(named, true);
			if (notARun.isPresent()) {
				return new ReadResult.Rejected(notARun.get());
			}
			Optional<String> problem = this.timing.problem();
			if (problem.isPresent()) {
				return new ReadResult.Rejected(problem.get());
			}
			double elapsed = this.timing.elapsedSeconds();
			double moving = this.lapSeconds > 0 ? Math.min(this.lapSeconds, elapsed) : this.track.movingSeconds();
			double distance = this.lapMeters > 0 ? this.lapMeters : this.track.routeMeters();
			OptionalDouble heart = this.track.meanHeartRate();
			return new ReadResult.Read(new Recording(RunSource.TCX, this.id.orElse(this.timing.start().orElseThrow()),
					elapsed, moving, distance, this.track.climbMeters(),
					heart.isPresent() ? OptionalInt.of((int) Math.round(heart.getAsDouble())) : OptionalInt.empty(),
					this.cadenceCount == 0 ? OptionalInt.empty()
							: OptionalInt.of((int) Math.round(this.cadenceSum / this.cadenceCount)),
					named.isBlank() ? "running" : named.toLowerCase(java.util.Locale.ROOT), Optional.empty(),
					Optional.empty(), RunningDynamics.none(), this.points, this.track.build()));
		}

	}

}
