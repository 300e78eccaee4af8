package dev.backstride.motion;

import java.util.Objects;

/**
 * What {@link PelvisAnalysis#analyse(ImuRecording)} made of a recording: either a report or the reason
 * no report could be made. Callers switch over both cases.
 */
public sealed interface MotionOutcome permits MotionOutcome.Analysed, MotionOutcome.Rejected {

	/**
	 * The recording is sound and is kept: its report holds the measured running, or says in plain words
	 * why the running could not be measured ({@link MotionReport#measured()}); it may carry warnings.
	 */
	record Analysed(MotionReport report) implements MotionOutcome {

		public Analysed {
			Objects.requireNonNull(report, "report");
		}

	}

	/** The recording cannot be measured; the reason is written for the runner. */
	record Rejected(String reason) implements MotionOutcome {

		public Rejected {
			if (reason.isBlank()) {
				throw new IllegalArgumentException("a rejection needs a reason");
			}
		}

	}

}
