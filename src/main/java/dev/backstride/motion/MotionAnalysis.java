package dev.backstride.motion;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored pelvis measurement: the full report and where it came from.
 *
 * @param id the measurement's number, unique across all runners
 * @param createdAt when it was analysed
 * @param source where the samples came from, e.g. "Browser recorder" or the uploaded file's name
 * @param samples how many samples the recording held
 * @param durationSeconds first to last sample
 * @param report what the analysis found
 */
public record MotionAnalysis(long id, Instant createdAt, String source, int samples, double durationSeconds,
		MotionReport report) {

	public MotionAnalysis {
		Objects.requireNonNull(createdAt, "createdAt");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(report, "report");
	}

}
