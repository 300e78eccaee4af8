package dev.backstride.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.backstride.TestDatabases;
import dev.backstride.TestDatabases.TestDatabase;
import dev.backstride.account.jdbc.JdbcAuthAttempts;
import dev.backstride.account.security.AuthLimits;
import dev.backstride.account.security.LoginThrottle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/** The login and sign-up limits, counted in a real database (H2, and PostgreSQL when configured). */
class LoginThrottleTests {

	static final class MovableClock extends Clock {

		volatile Instant now = Instant.parse("2026-11-25T08:00:00Z");

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

	final MovableClock clock = new MovableClock();

	LoginThrottle throttle(TestDatabase db) {
		var attempts = new JdbcAuthAttempts(JdbcClient.create(db.dataSource()),
				new DataSourceTransactionManager(db.dataSource()));
		return new LoginThrottle(attempts, AuthLimits.DEFAULTS, this.clock);
	}

	static List<TestDatabase> databases() {
		return TestDatabases.all();
	}

	@ParameterizedTest
	@MethodSource("databases")
	void blocksAnAddressAfterFiveFailuresFromOneClientForFifteenMinutes(TestDatabase db) {
		var throttle = throttle(db);
		for (int i = 0; i < 5; i++) {
			assertThat(throttle.reserve(i == 4 ? "A@example.org " : "a@example.org", "10.0.0.1"))
				.isInstanceOf(Admission.Admitted.class);
		}
		assertThat(throttle.reserve("a@example.org", "10.0.0.1")).isEqualTo(new Admission.Refused(15));
		assertThat(throttle.reserve("b@example.org", "10.0.0.1")).isInstanceOf(Admission.Admitted.class);
		this.clock.now = this.clock.now.plus(Duration.ofMinutes(15)).plusSeconds(1);
		assertThat(throttle.reserve("a@example.org", "10.0.0.1")).isInstanceOf(Admission.Admitted.class);
	}

	@ParameterizedTest
	@MethodSource("databases")
	void failuresFromOneClientDoNotLockTheOwnerOutElsewhere(TestDatabase db) {
		var throttle = throttle(db);
		for (int i = 0; i < 5; i++) {
			throttle.reserve("owner@example.org", "203.0.113.66");
		}
		assertThat(throttle.reserve("owner@example.org", "203.0.113.66")).isInstanceOf(Admission.Refused.class);
		assertThat(throttle.reserve("owner@example.org", "198.51.100.7")).isInstanceOf(Admission.Admitted.class);
	}

	@ParameterizedTest
	@MethodSource("databases")
	void manyAddressesMeetTheAccountWideLimitButNotWhereTheOwnerLoggedInBefore(TestDatabase db) {
		var throttle = throttle(db);
		throttle.reserve("owner@example.org", "192.0.2.1");
		throttle.succeeded("owner@example.org", "192.0.2.1");
		int admitted = 0;
		for (int i = 0; i < 60; i++) {
			if (throttle.reserve("owner@example.org", "203.0.113." + i) instanceof Admission.Admitted) {
				admitted++;
			}
		}
		assertThat(admitted).isEqualTo(AuthLimits.DEFAULTS.loginsPerAccount());
		assertThat(throttle.reserve("owner@example.org", "198.51.100.7")).isInstanceOf(Admission.Refused.class);
		assertThat(throttle.reserve("owner@example.org", "192.0.2.1")).isInstanceOf(Admission.Admitted.class);
	}

	@ParameterizedTest
	@MethodSource("databases")
	void blocksAClientThatTriesManyAccounts(TestDatabase db) {
		var throttle = throttle(db);
		for (int i = 0; i < 30; i++) {
			assertThat(throttle.reserve("user" + i + "@example.org", "10.0.0.9")).isInstanceOf(Admission.Admitted.class);
		}
		assertThat(throttle.reserve("fresh@example.org", "10.0.0.9")).isInstanceOf(Admission.Refused.class);
		assertThat(throttle.reserve("fresh@example.org", "10.0.0.8")).isInstanceOf(Admission.Admitted.class);
	}

	@ParameterizedTest
	@MethodSource("databases")
	void aSuccessfulLoginClearsThatClientsFailures(TestDatabase db) {
		var throttle = throttle(db);
		for (int i = 0; i < 4; i++) {
			throttle.reserve("a@example.org", "10.0.0.1");
		}
		throttle.reserve("a@example.org", "10.0.0.2");
		throttle.succeeded("a@example.org", "10.0.0.1");
		for (int i = 0; i < 5; i++) {
			assertThat(throttle.reserve("a@example.org", "10.0.0.1")).isInstanceOf(Admission.Admitted.class);
		}
		assertThat(throttle.reserve("a@example.org", "10.0.0.1")).isInstanceOf(Admission.Refused.class);
	}

	@ParameterizedTest
	@MethodSource("databases")
	void parallelAttemptsNeverGetPastTheLimit(TestDatabase db) throws Exception {
		var throttle = throttle(db);
		var start = new CountDownLatch(1);
		List<Callable<Admission>> tries = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			tries.add(() -> {
				start.await();
				return throttle.reserve("target@example.org", "10.0.0.3");
			});
		}
		List<Future<Admission>> results = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(25)) {
			for (var t : tries) {
				results.add(pool.submit(t));
			}
			start.countDown();
			int admitted = 0;
			for (var r : results) {
				if (r.get() instanceof Admission.Admitted) {
					admitted++;
				}
			}
			assertThat(admitted).isEqualTo(5);
		}
	}

	@ParameterizedTest
	@MethodSource("databases")
	void limitsSignUpsPerClientAddressToTenAnHour(TestDatabase db) {
		var throttle = throttle(db);
		for (int i = 0; i < 10; i++) {
			assertThat(throttle.reserveSignUp("10.0.0.4")).isInstanceOf(Admission.Admitted.class);
			this.clock.now = this.clock.now.plusSeconds(60);
		}
		assertThat(throttle.reserveSignUp("10.0.0.4")).isEqualTo(new Admission.Refused(50));
		assertThat(throttle.reserveSignUp("10.0.0.5")).isInstanceOf(Admission.Admitted.class);
		this.clock.now = this.clock.now.plus(Duration.ofMinutes(51));
		assertThat(throttle.reserveSignUp("10.0.0.4")).isInstanceOf(Admission.Admitted.class);
	}

	@ParameterizedTest
	@MethodSource("databases")
	void purgesAttemptsThatNoLimitLooksAtAnyMore(TestDatabase db) {
		var throttle = throttle(db);
		var jdbc = JdbcClient.create(db.dataSource());
		for (int i = 0; i < 20; i++) {
			throttle.reserve("u" + i + "@example.org", "10.0.0." + i);
			throttle.reserveSignUp("10.0.1." + i);
		}
		throttle.succeeded("u0@example.org", "10.0.0.0");
		assertThat(jdbc.sql("select count(*) from auth_attempt").query(Long.class).single()).isEqualTo(40);
		this.clock.now = this.clock.now.plus(Duration.ofHours(2));
		throttle.reserve("late@example.org", "10.0.0.1");
		assertThat(jdbc.sql("select kind from auth_attempt order by kind").query(String.class).list())
			.containsExactly("known", "login");
		this.clock.now = this.clock.now.plus(Duration.ofDays(31));
		throttle.reserveSignUp("10.0.0.1");
		assertThat(jdbc.sql("select kind from auth_attempt").query(String.class).list()).containsExactly("signup");
	}

}
