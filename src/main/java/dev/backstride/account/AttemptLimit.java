package dev.backstride.account;

import java.time.Duration;
import java.time.Instant;

/**
 * At most {@code max} attempts within any {@code window}. Given how many attempts the window holds
 * now and when the oldest of them was made, says whether one more may go ahead.
 */
public record AttemptLimit(int max, Duration window) {

	public AttemptLimit {
		if (max < 1) {
			throw new IllegalArgumentException("a limit allows at least one attempt: " + max);
		}
		if (window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("a limit needs a positive window: " + window);
		}
	}

	/** Attempts made at or before this instant no longer count. */
	public Instant cutoff(Instant now) {
		return now.minus(this.window);
	}

	/** Admitted while fewer than {@code max} attempts are in the window; else refused until the oldest leaves it. */
	public Admission admit(long attemptsInWindow, Instant oldest, Instant now) {
		if (attemptsInWindow < this.max) {
			return new Admission.Admitted();
		}
		Duration left = Duration.between(now, oldest.plus(this.window));
		return new Admission.Refused(Math.max(1, (left.toSeconds() + 59) / 60));
	}

}
