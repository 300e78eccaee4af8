package dev.backstride.motion.csv;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Sensor Logger's zip export: which CSV plays which part ({@code Gyroscope.csv}, {@code TotalAcceleration.csv},
 * or {@code Accelerometer.csv} with {@code Gravity.csv}), the platform from {@code Metadata.csv}, and the
 * recording assembled from them, with iOS axes turned to Android's where the app did not standardise them.
 */
final class SensorLoggerExport {

	private @Nullable String platform;

	private boolean standardised;

	static String role(String base) {
		return switch (base.toLowerCase(Locale.ROOT)) {
			case "accelerometer.csv" -> "Accelerometer";
			case "totalacceleration.csv" -> "TotalAcceleration";
			case "gravity.csv" -> "Gravity";
			case "gyroscope.csv" -> "Gyroscope";
			default -> "";
		};
	}

	void readMetadata(CsvLines lines, Header header) throws IOException, ImuFormatException {
		if (!lines.next()) {
			return;
		}
		int platform = header.names().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList().indexOf("platform");
		int standardisation = header.names()
			.stream()
			.map(s -> s.toLowerCase(Locale.ROOT))
			.toList()
			.indexOf("standardisation");
		if (platform < lines.fieldCount()) {
			this.platform = lines.text(platform).strip().toLowerCase(Locale.ROOT);
		}
		if (standardisation >= 0 && standardisation < lines.fieldCount()) {
			this.standardised = lines.text(standardisation).strip().equalsIgnoreCase("true");
		}
	}

	ImuReadResult assemble(List<SensorTable> tables, List<String> warnings) throws ImuFormatException {
		Series gyroscope = SensorTable.only(tables, "Gyroscope");
		Series total = SensorTable.only(tables, "TotalAcceleration");
		Series linear = SensorTable.only(tables, "Accelerometer");
		Series gravity = SensorTable.only(tables, "Gravity");
		if (gyroscope == null) {
			throw new ImuFormatException("The Sensor Logger export has no Gyroscope.csv (it holds "
					+ SensorTable.names(tables) + "). Turn on the Gyroscope in Sensor Logger and record again.");
		}
		boolean ios = "ios".equals(this.platform);
		String platformName = ios ? "iOS" : "android".equals(this.platform) ? "Android" : "unknown platform";
		Series acceleration;
		String format;
		if (total != null) {
			acceleration = total;
			format = "Sensor Logger (" + platformName + "): TotalAcceleration.csv + Gyroscope.csv";
		}
		else if (linear != null && gravity != null) {
			Series[] pair = Merge.onto(linear, gravity, warnings);
			double sign = 1;
			if (this.platform == null) {
				warnings.add("The export has no Metadata.csv, so the platform is unknown; assumed Android axes."
						+ " If it was recorded on an iPhone without \"Standardise Units & Frames\", every axis is inverted.");
			}
			else if (ios && !this.standardised) {
				sign = -1;
			}
			acceleration = Merge.sum("Accelerometer.csv + Gravity.csv", pair[0], pair[1], sign);
			format = "Sensor Logger (" + platformName + ((sign < 0) ? ", axes converted to Android's" : "")
					+ "): Accelerometer.csv + Gravity.csv + Gyroscope.csv";
		}
		else if (linear != null) {
			throw new ImuFormatException("Sensor Logger's Accelerometer.csv is acceleration without gravity, and the"
					+ " export has neither Gravity.csv nor TotalAcceleration.csv to add it back. Turn on Gravity"
					+ " (and, on Android, Total Acceleration) in Sensor Logger and record again.");
		}
		else {
			throw new ImuFormatException("The Sensor Logger export has no acceleration (expected TotalAcceleration.csv,"
					+ " or Accelerometer.csv with Gravity.csv; it holds " + SensorTable.names(tables) + ").");
		}
		return new ImuReadResult.Read(Merge.recording(acceleration, gyroscope, warnings), format,
				warnings);
	}

}
