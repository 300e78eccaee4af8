package dev.backstride.runs.fileimport;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks that a file's timed points make sense as one activity: at least two of them, never going
 * back in time by more than a minute (a clock correction), and a run lasting at most a week.
 */
final class Timing {

	static final Duration MOST_BACKWARDS = Duration.ofMinutes(1);

	static final Duration LONGEST_RUN = Duration.ofDays(7);

	private Instant first;

	private Instant last;

	private int timed;

	private boolean backwards;

	void add(Instant time) {
		if (this.first == null) {
			this.first = time;
		}
		else if (time.isBefore(this.last.minus(MOST_BACKWARDS))) {
			this.backwards = true;
		}
		if (this.last == null || time.isAfter(this.last)) {
			this.last = time;
		}
		this.timed++;
	}

	/** The start, or empty before the first timed point. */
	Optional<Instant> start() {
		return Optional.ofNullable(this.first);
	}

	double secondsSinceStart(Instant time) {
		return (time.toEpochMilli() - this.first.toEpochMilli()) / 1000.0;
	}

	double elapsedSeconds() {
		return this.first == null ? 0 : Duration.between(this.first, this.last).toMillis() / 1000.0;
	}

	/** Why the times cannot be used, or empty when they can. */
	Optional<String> problem() {
		if (this.backwards) {
			return Optional.of("The file is damaged: its times jump backwards.");
		}
		if (this.timed < 2 || elapsedSeconds() <= 0) {
			return Optional.of("It has no timing data: a run needs at least two points with a time.");
		}
		if (Duration.between(this.first, this.last).compareTo(LONGEST_RUN) > 0) {
			return Optional.of("The file is damaged: its times span more than a week.");
		}
		return Optional.empty();
	}

}
