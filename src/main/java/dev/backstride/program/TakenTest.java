package dev.backstride.program;

import java.time.Instant;
import java.util.Objects;

/** A self-test as stored: its id, when it was taken, and the result. */
public record TakenTest(long id, Instant takenAt, SelfTest test) {

	public TakenTest {
		Objects.requireNonNull(takenAt, "takenAt");
		Objects.requireNonNull(test, "test");
	}

}
