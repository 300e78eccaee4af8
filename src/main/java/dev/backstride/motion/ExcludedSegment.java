package dev.backstride.motion;

/**
 * A stretch of the recording left out of the metrics, with the reason, e.g. "42 s standing".
 *
 * @param startSeconds start on the recording's clock
 * @param endSeconds end on the recording's clock
 * @param reason why it was left out, written for the runner
 */
public record ExcludedSegment(double startSeconds, double endSeconds, String reason) {

	public ExcludedSegment {
		if (!(endSeconds >= startSeconds) || reason.isBlank()) {
			throw new IllegalArgumentException("segment needs start <= end and a reason");
		}
	}

	public double durationSeconds() {
		return this.endSeconds - this.startSeconds;
	}

}
