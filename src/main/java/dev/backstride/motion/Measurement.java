package dev.backstride.motion;

import java.time.Instant;
import java.util.Objects;

/** What {@link Motions#analyse} did with a recording: stored a report (measured or not), or refused it and stored nothing. */
public sealed interface Measurement permits Measurement.Saved, Measurement.Rejected, Measurement.Busy {

	/** Stored under {@code id}: measured, or kept with the reason it could not be measured. */
	record Saved(long id, Instant createdAt, MotionReport report) implements Measurement {

		public Saved {
			Objects.requireNonNull(createdAt, "createdAt");
			Objects.requireNonNull(report, "report");
		}

	}

	/** Not measurable; nothing was stored. The reason is written for the runner. */
	record Rejected(String reason) implements Measurement {

		public Rejected {
			if (reason.isBlank()) {
				throw new IllegalArgumentException("a rejection needs a reason");
			}
		}

	}

	/**
	 * Not analysed now: the server is busy or the analysis ran past its time limit. Nothing was stored;
	 * sending it again later may work. The reason is written for the runner.
	 */
	record Busy(String reason) implements Measurement {

		public Busy {
			if (reason.isBlank()) {
				throw new IllegalArgumentException("a busy answer needs a reason");
			}
		}

	}

}
