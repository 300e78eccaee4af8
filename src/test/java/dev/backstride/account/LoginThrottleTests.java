package dev.backstride.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.backstride.account.security.LoginThrottle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	static final class MovableClock extends Clock {

		Instant now = Instant.parse("2026-11-25T08:00:00Z");

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	@Test
	void blocksAnAddressAfterFiveFailuresForFifteenMinutes() {
		var clock = new MovableClock();
		var throttle = new LoginThrottle(clock);
		for (int i = 0; i < 4; i++) {
			throttle.failed("a@example.org", "10.0.0.1");
		}
		assertThat(throttle.minutesBlocked("a@example.org", "10.0.0.1")).isZero();
		throttle.failed("A@example.org ", "10.0.0.1");
		assertThat(throttle.minutesBlocked("a@example.org", "10.0.0.2")).isEqualTo(15);
		assertThat(throttle.minutesBlocked("b@example.org", "10.0.0.1")).isZero();
		clock.now = clock.now.plus(Duration.ofMinutes(15)).plusSeconds(1);
		assertThat(throttle.minutesBlocked("a@example.org", "10.0.0.1")).isZero();
	}

	@Test
	void blocksAClientThatTriesManyAddresses() {
		var throttle = new LoginThrottle(new MovableClock());
		for (int i = 0; i < 30; i++) {
			throttle.failed("user" + i + "@example.org", "10.0.0.9");
		}
		assertThat(throttle.minutesBlocked("fresh@example.org", "10.0.0.9")).isPositive();
		assertThat(throttle.minutesBlocked("fresh@example.org", "10.0.0.8")).isZero();
	}

	@Test
	void aSuccessfulLoginClearsTheAddressesFailures() {
		var throttle = new LoginThrottle(new MovableClock());
		for (int i = 0; i < 4; i++) {
			throttle.failed("a@example.org", "10.0.0.1");
		}
		throttle.succeeded("a@example.org");
		throttle.failed("a@example.org", "10.0.0.1");
		assertThat(throttle.minutesBlocked("a@example.org", "10.0.0.1")).isZero();
	}

}
