package dev.backstride.program;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/** A session as stored: its id and when it was recorded, which order sessions of one day. */
public record LoggedSession(long id, Instant recordedAt, ExerciseSession session) {

	/** Date order, then the order they were recorded in. */
	public static final Comparator<LoggedSession> IN_DATE_ORDER = Comparator
		.comparing((LoggedSession s) -> s.session().date())
		.thenComparing(LoggedSession::recordedAt)
		.thenComparingLong(LoggedSession::id);

	public LoggedSession {
		Objects.requireNonNull(recordedAt, "recordedAt");
		Objects.requireNonNull(session, "session");
	}

}
