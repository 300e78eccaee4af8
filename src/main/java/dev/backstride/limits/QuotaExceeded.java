package dev.backstride.limits;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A write refused because the account reached one of its {@link Quotas}; nothing was stored. The
 * message is a full sentence for the runner. A daily limit knows when it lifts (the next midnight
 * in the clock's zone); a total limit lifts only when the account holds less.
 */
public final class QuotaExceeded extends RuntimeException {

	private final transient Optional<Instant> liftsAt;

	private QuotaExceeded(String message, Optional<Instant> liftsAt) {
		super(message, null, false, false);
		this.liftsAt = liftsAt;
	}

	/** When a daily limit lifts; empty for a limit on what the account holds. */
	public Optional<Instant> liftsAt() {
		return this.liftsAt;
	}

	/**
	 * Refuses when {@code storedToday} has reached {@code limit}.
	 * @param what the plural noun the runner knows, e.g. "check-ins"
	 */
	public static void checkDaily(long storedToday, int limit, String what, Clock clock) {
		checkDaily(storedToday, limit, what, clock, "");
	}

	/** As {@link #checkDaily(long, int, String, Clock)}, with a further sentence of advice. */
	public static void checkDaily(long storedToday, int limit, String what, Clock clock, String advice) {
		if (storedToday >= limit) {
			Instant midnight = LocalDate.now(clock).plusDays(1).atStartOfDay(clock.getZone()).toInstant();
			throw new QuotaExceeded(("You have saved " + limit + " " + what + " today, the most for one day."
					+ " Nothing more was saved; you can add more tomorrow. " + advice).strip(), Optional.of(midnight));
		}
	}

	/** Refuses when what the account holds has reached the limit; {@code advice} says what to do. */
	public static void checkTotal(long held, long limit, String what, String advice) {
		if (held >= limit) {
			throw new QuotaExceeded("Your account holds " + held + " " + what + ", the most one account may keep."
					+ " Nothing more was saved. " + advice, Optional.empty());
		}
	}

	/** Refuses when adding {@code adding} bytes to {@code heldBytes} would pass {@code limitBytes}. */
	public static void checkBytes(long heldBytes, long adding, long limitBytes, String what) {
		if (heldBytes + adding > limitBytes) {
			throw new QuotaExceeded("Your stored " + what + " take " + megabytes(heldBytes) + " MB of the "
					+ megabytes(limitBytes) + " MB one account may keep, and this one would not fit."
					+ " Nothing was saved.", Optional.empty());
		}
	}

	private static long megabytes(long bytes) {
		return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
	}

}
