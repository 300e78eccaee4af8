package dev.backstride.account.jdbc;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.backstride.TestAccounts;
import dev.backstride.TestDatabases.TestDatabase;
import dev.backstride.account.AccountId;
import dev.backstride.account.Email;
import dev.backstride.account.Units;
import dev.backstride.account.jdbc.JdbcMailLinks.Purpose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Mail links and units on H2 and PostgreSQL (when a test database is given). */
class JdbcMailLinksTests {

	private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void aLinkWorksOnceAndOnlyBeforeItExpires(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcMailLinks links = new JdbcMailLinks(jdbc);
		AccountId runner = TestAccounts.create(jdbc);
		Instant expires = NOW.plus(Duration.ofMinutes(30));
		links.insert(runner, Purpose.RESET, "a".repeat(64), Optional.empty(), NOW, expires);
		links.insert(runner, Purpose.RESET, "b".repeat(64), Optional.empty(), NOW, expires);

		assertThat(links.use(Purpose.EMAIL, "a".repeat(64), NOW)).as("another purpose").isEmpty();
		assertThat(links.use(Purpose.RESET, "a".repeat(64), expires)).as("at its expiry").isEmpty();
		assertThat(links.usable(Purpose.RESET, "a".repeat(64), expires.minusSeconds(1))).isTrue();
		assertThat(links.use(Purpose.RESET, "a".repeat(64), expires.minusSeconds(1)))
			.contains(new JdbcMailLinks.Used(runner, Optional.empty()));
		assertThat(links.use(Purpose.RESET, "a".repeat(64), NOW)).as("a second time").isEmpty();

		links.useAll(runner, Purpose.RESET, NOW);
		assertThat(links.usable(Purpose.RESET, "b".repeat(64), NOW)).as("ended by the reset").isFalse();
	}

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void anEmailLinkCarriesTheNewAddressAndTheAddressChangesOnlyWhenFree(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcMailLinks links = new JdbcMailLinks(jdbc);
		JdbcAccountStore accounts = new JdbcAccountStore(jdbc);
		AccountId runner = TestAccounts.create(jdbc);
		AccountId other = TestAccounts.create(jdbc);
		Email wanted = new Email("wanted-" + runner.value() + "@example.org");
		links.insert(runner, Purpose.EMAIL, "c".repeat(64), Optional.of(wanted), NOW, NOW.plusSeconds(60));
		assertThat(links.newEmail(Purpose.EMAIL, "c".repeat(64), NOW)).contains(wanted);
		assertThat(links.use(Purpose.EMAIL, "c".repeat(64), NOW))
			.contains(new JdbcMailLinks.Used(runner, Optional.of(wanted)));
		assertThat(accounts.updateEmail(runner, wanted)).isTrue();
		assertThat(accounts.find(runner).orElseThrow().email()).isEqualTo(wanted);
		assertThat(accounts.credentials(wanted).orElseThrow().id()).isEqualTo(runner);
		assertThat(accounts.find(other).orElseThrow().email()).isNotEqualTo(wanted);
	}

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void unitsAreKilometresUntilChosenAndKeptPerRunner(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcAccountStore accounts = new JdbcAccountStore(jdbc);
		AccountId runner = TestAccounts.create(jdbc);
		AccountId other = TestAccounts.create(jdbc);
		assertThat(accounts.units(runner)).isEqualTo(Units.KM);
		accounts.saveProfile(runner, dev.backstride.account.Profile.EMPTY, NOW);
		accounts.saveProfile(other, dev.backstride.account.Profile.EMPTY, NOW);
		accounts.saveUnits(runner, Units.MILES);
		assertThat(accounts.units(runner)).isEqualTo(Units.MILES);
		assertThat(accounts.units(other)).isEqualTo(Units.KM);
	}

}
