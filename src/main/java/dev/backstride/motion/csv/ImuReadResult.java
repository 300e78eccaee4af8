package dev.backstride.motion.csv;

import java.util.List;
import java.util.Objects;

import dev.backstride.motion.ImuRecording;

/**
 * What came of reading a sensor export: either a recording or a reason, never an exception and
 * never null.
 */
public sealed interface ImuReadResult permits ImuReadResult.Read, ImuReadResult.Unreadable {

	/**
	 * A recording in the package's convention (see {@code package-info}).
	 *
	 * @param recording acceleration and rotation rate on the acceleration time line
	 * @param format which app and files it came from, for people, e.g.
	 * {@code "Sensor Logger (Android): TotalAcceleration.csv + Gyroscope.csv"}
	 * @param warnings things a person may want to know (trimmed seconds, dropped duplicates, assumed
	 * platform); empty when there is nothing to say
	 */
	record Read(ImuRecording recording, String format, List<String> warnings) implements ImuReadResult {

		public Read {
			Objects.requireNonNull(recording, "recording");
			Objects.requireNonNull(format, "format");
			warnings = List.copyOf(warnings);
		}

	}

	/**
	 * The file cannot be used, with a sentence that says why and, where it helps, what to do.
	 *
	 * @param reason one or more sentences meant for the person who uploaded the file
	 */
	record Unreadable(String reason) implements ImuReadResult {

		public Unreadable {
			Objects.requireNonNull(reason, "reason");
		}

	}

}
