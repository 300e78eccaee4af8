package dev.backstride.screening;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What came of submitting a questionnaire: stored as new, or recognised as a repeat of the answers the
 * runner sent moments ago (back and submit again, a double tap), which is not stored twice.
 */
public sealed interface Submission<T> {

	/** A submit of the same answers within this long after the last one is a repeat of it. */
	Duration REPEAT_WINDOW = Duration.ofMinutes(10);

	T response();

	record Stored<T>(T response) implements Submission<T> {
	}

	record Repeated<T>(T response) implements Submission<T> {
	}

	/**
	 * The latest response when it holds the same answers and was given within {@link #REPEAT_WINDOW}
	 * before now.
	 */
	static <T, A> Optional<T> repeatOf(Optional<T> latest, java.util.function.Function<T, A> answers,
			java.util.function.Function<T, Instant> answeredAt, A sent, Instant now) {
		return latest.filter((last) -> answers.apply(last).equals(sent))
			.filter((last) -> !answeredAt.apply(last).isBefore(now.minus(REPEAT_WINDOW))
					&& !answeredAt.apply(last).isAfter(now));
	}

}
