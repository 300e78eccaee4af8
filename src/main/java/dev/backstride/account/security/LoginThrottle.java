package dev.backstride.account.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after too many failed attempts for one address, or from one client
 * address, further attempts are refused for the rest of the window. Kept in memory: a restart forgets
 * it, which only lets an attacker start a fresh window.
 */
@Component
public class LoginThrottle {

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final int MAX_PER_ACCOUNT = 5;

	static final int MAX_PER_CLIENT = 30;

	private static final int MAX_KEYS = 100_000;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	public LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/** Minutes until another attempt is allowed, or 0 when it is allowed now. */
	public long minutesBlocked(String email, String client) {
		Instant now = this.clock.instant();
		long account = blockedFor(key("email", email), MAX_PER_ACCOUNT, now);
		long byClient = blockedFor(key("client", client), MAX_PER_CLIENT, now);
		return Math.max(account, byClient);
	}

	public void failed(String email, String client) {
		Instant now = this.clock.instant();
		if (this.failures.size() > MAX_KEYS) {
			this.failures.entrySet().removeIf(e -> prune(e.getValue(), now).isEmpty());
		}
		record(key("email", email), now);
		record(key("client", client), now);
	}

	public void succeeded(String email) {
		this.failures.remove(key("email", email));
	}

	private void record(String key, Instant now) {
		this.failures.compute(key, (k, times) -> {
			Deque<Instant> deque = times == null ? new ArrayDeque<>() : prune(times, now);
			deque.addLast(now);
			return deque;
		});
	}

	private long blockedFor(String key, int max, Instant now) {
		Deque<Instant> times = this.failures.get(key);
		if (times == null) {
			return 0;
		}
		synchronized (times) {
			prune(times, now);
			if (times.size() < max) {
				return 0;
			}
			Duration left = Duration.between(now, times.peekFirst().plus(WINDOW));
			return Math.max(1, (left.toSeconds() + 59) / 60);
		}
	}

	private static Deque<Instant> prune(Deque<Instant> times, Instant now) {
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst().plus(WINDOW).isBefore(now)) {
				times.pollFirst();
			}
		}
		return times;
	}

	private static String key(String kind, String value) {
		return kind + ":" + (value == null ? "" : value.trim().toLowerCase(java.util.Locale.ROOT));
	}

}
