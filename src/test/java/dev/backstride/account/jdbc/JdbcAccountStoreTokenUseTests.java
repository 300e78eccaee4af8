package dev.backstride.account.jdbc;

import java.time.Instant;
import java.util.Optional;

import dev.backstride.TestAccounts;
import dev.backstride.TestDatabases.TestDatabase;
import dev.backstride.account.AccountId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Using a token marks it used, but a burst of requests writes the mark once a minute, not each time. */
class JdbcAccountStoreTokenUseTests {

	private static final Instant NOW = Instant.parse("2026-03-10T07:30:00Z");

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void theLastUseMovesAtMostOnceAMinute(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcAccountStore store = new JdbcAccountStore(jdbc);
		AccountId runner = TestAccounts.create(jdbc);
		store.insertToken(runner, "script", "hash-" + runner.value(), NOW);

		assertThat(store.useToken("hash-" + runner.value(), NOW)).isPresent();
		assertThat(lastUse(store, runner)).contains(NOW);
		assertThat(store.useToken("hash-" + runner.value(), NOW.plusSeconds(59))).isPresent();
		assertThat(lastUse(store, runner)).contains(NOW);
		assertThat(store.useToken("hash-" + runner.value(), NOW.plusSeconds(61))).isPresent();
		assertThat(lastUse(store, runner)).contains(NOW.plusSeconds(61));
	}

	private static Optional<Instant> lastUse(JdbcAccountStore store, AccountId runner) {
		return store.tokens(runner).getFirst().lastUsedAt();
	}

}
