package dev.backstride.motion.csv;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * phyphox's exports: "Acceleration with g" and "Gyroscope" as CSV, from one experiment or from two whose
 * clocks {@code meta/time.csv} ties to the phone's, assembled into one recording.
 */
final class PhyphoxExport {

	/** meta/time.csv per directory: experiment time and system time of the first START. */
	private final Map<String, double[]> starts = new HashMap<>();

	void readTime(String path, CsvLines lines, Header header) throws IOException, ImuFormatException {
		String directory = path.substring(0, path.length() - ImuFiles.baseName(path).length());
		if (directory.toLowerCase(Locale.ROOT).endsWith("meta/")) {
			directory = directory.substring(0, directory.length() - "meta/".length());
		}
		while (lines.next()) {
			if (header.y() < lines.fieldCount() && lines.text(header.y()).equalsIgnoreCase("START")) {
				double experiment = lines.number(header.time(), "experiment time");
				double system = lines.number(header.x(), "system time");
				this.starts.putIfAbsent(directory, new double[] { experiment, system });
			}
		}
	}

	ImuReadResult assemble(List<SensorTable> tables, List<String> warnings) throws ImuFormatException {
		SensorTable acceleration = SensorTable.onlyTable(tables, Header.Kind.PHYPHOX_ACCELERATION, "acceleration");
		SensorTable gyroscope = SensorTable.onlyTable(tables, Header.Kind.PHYPHOX_GYROSCOPE, "gyroscope");
		if (acceleration == null) {
			if (SensorTable.has(tables, Header.Kind.PHYPHOX_LINEAR_ACCELERATION)) {
				throw new ImuFormatException("phyphox \"Linear Acceleration\" excludes gravity, which the analysis"
						+ " needs; record with the \"Acceleration with g\" experiment instead.");
			}
			throw new ImuFormatException("The phyphox export has gyroscope data but no acceleration; add the"
					+ " \"Acceleration with g\" export (columns \"Time (s)\",\"Acceleration x (m/s^2)\",…).");
		}
		if (gyroscope == null) {
			throw new ImuFormatException("The phyphox export has acceleration but no gyroscope file; add the"
					+ " \"Gyroscope\" export (columns \"Time (s)\",\"Gyroscope x (rad/s)\",…) to the zip.");
		}
		Series a = Objects.requireNonNull(acceleration.series());
		Series g = Objects.requireNonNull(gyroscope.series());
		String format = "phyphox: " + acceleration.path() + " + " + gyroscope.path();
		if (!acceleration.directory().equals(gyroscope.directory())) {
			double[] startA = this.starts.get(acceleration.directory());
			double[] startG = this.starts.get(gyroscope.directory());
			if (startA != null && startG != null) {
				// both experiment clocks mapped to the phone's clock through their meta/time.csv
				double shift = (startG[1] - startG[0]) - (startA[1] - startA[0]);
				g = g.shifted(shift);
			}
			else {
				warnings.add("The acceleration and gyroscope come from separate phyphox exports without"
						+ " meta/time.csv; assumed they started at the same moment.");
			}
		}
		return new ImuReadResult.Read(Merge.recording(a, g, warnings), format, warnings);
	}

}
