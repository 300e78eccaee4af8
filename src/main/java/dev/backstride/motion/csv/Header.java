package dev.backstride.motion.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Recognises a CSV file from its first line: which app wrote it, which sensor, which separator,
 * and where the time and axis columns are.
 */
record Header(Kind kind, byte separator, int time, int x, int y, int z, List<String> names) {

	enum Kind {

		/** Sensor Logger's {@code time,seconds_elapsed,z,y,x}; the sensor is in the file name. */
		SENSOR_LOGGER_XYZ,

		/** Sensor Logger's {@code Metadata.csv}. */
		SENSOR_LOGGER_METADATA,

		/** phyphox "Acceleration with g". */
		PHYPHOX_ACCELERATION,

		/** phyphox "Linear Acceleration" (without g), which we cannot use. */
		PHYPHOX_LINEAR_ACCELERATION,

		/** phyphox "Gyroscope". */
		PHYPHOX_GYROSCOPE,

		/** phyphox {@code meta/time.csv}. */
		PHYPHOX_TIME,

		/** phyphox {@code meta/device.csv}, read for nothing. */
		PHYPHOX_DEVICE

	}

	private static final byte[] SEPARATORS = { ',', '\t', ';' };

	/**
	 * Tries each separator phyphox offers on the current line.
	 * @return the header, or null if no known layout matches
	 */
	static @Nullable Header recognise(CsvLines lines) throws ImuFormatException {
		for (byte separator : SEPARATORS) {
			lines.separator(separator);
			lines.split();
			List<String> names = new ArrayList<>(lines.fieldCount());
			List<String> written = new ArrayList<>(lines.fieldCount());
			for (int i = 0; i < lines.fieldCount(); i++) {
				written.add(lines.text(i).strip());
				names.add(normalise(lines.text(i)));
			}
			Header header = match(names, separator);
			if (header != null) {
				return new Header(header.kind, header.separator, header.time, header.x, header.y, header.z,
						List.copyOf(written));
			}
		}
		lines.separator((byte) ',');
		lines.split();
		return null;
	}

		private static @Nullable Header match(List<String> names, byte separator) {
		int x;
		int y;
		int z;
		if ((x = names.indexOf("x")) >= 0 && (y = names.indexOf("y")) >= 0 && (z = names.indexOf("z")) >= 0) {
			int time = names.indexOf("time");
			int elapsed = names.indexOf("seconds_elapsed");
			if (time >= 0 || elapsed >= 0) {
				// time (ns since the epoch) if present, else seconds_elapsed (marked negative)
				return new Header(Kind.SENSOR_LOGGER_XYZ, separator, (time >= 0) ? time : -2 - elapsed, x, y, z,
						names);
			}
		}
		if (names.contains("platform") && names.contains("device name")) {
			return new Header(Kind.SENSOR_LOGGER_METADATA, separator, -1, -1, -1, -1, names);
		}
		int time = names.indexOf("time (s)");
		if (time >= 0) {
			Header h = axes(names, separator, time, Kind.PHYPHOX_ACCELERATION, "acceleration %s (m/s^2)");
			if (h == null) {
				h = axes(names, separator, time, Kind.PHYPHOX_GYROSCOPE, "gyroscope %s (rad/s)");
			}
			if (h == null) {
				h = axes(names, separator, time, Kind.PHYPHOX_LINEAR_ACCELERATION, "linear acceleration %s (m/s^2)");
			}
			if (h != null) {
				return h;
			}
		}
		if (names.contains("event") && names.contains("experiment time") && names.contains("system time")) {
			return new Header(Kind.PHYPHOX_TIME, separator, names.indexOf("experiment time"),
					names.indexOf("system time"), names.indexOf("event"), -1, names);
		}
		if (names.size() == 2 && names.get(0).equals("property") && names.get(1).equals("value")) {
			return new Header(Kind.PHYPHOX_DEVICE, separator, -1, -1, -1, -1, names);
		}
		return null;
	}

	private static @Nullable Header axes(List<String> names, byte separator, int time, Kind kind, String pattern) {
		int x = names.indexOf(String.format(Locale.ROOT, pattern, "x"));
		int y = names.indexOf(String.format(Locale.ROOT, pattern, "y"));
		int z = names.indexOf(String.format(Locale.ROOT, pattern, "z"));
		return (x >= 0 && y >= 0 && z >= 0) ? new Header(kind, separator, time, x, y, z, names) : null;
	}

	private static String normalise(String name) {
		String s = name.strip();
		if (s.startsWith("'")) {
			s = s.substring(1);
		}
		return s.replace("²", "^2").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/** The time column holds nanoseconds since the epoch (Sensor Logger {@code time}). */
	boolean nanoseconds() {
		return this.kind == Kind.SENSOR_LOGGER_XYZ && this.time >= 0;
	}

	/** Index of the time column, whichever it is. */
	int timeColumn() {
		return (this.time >= 0) ? this.time : -2 - this.time;
	}

	String timeName() {
		return this.names.get(timeColumn());
	}

}
