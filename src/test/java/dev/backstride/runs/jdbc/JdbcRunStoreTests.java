package dev.backstride.runs.jdbc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import dev.backstride.TestAccounts;
import dev.backstride.TestDatabases.TestDatabase;
import dev.backstride.account.AccountId;
import dev.backstride.runs.OriginalFile;
import dev.backstride.runs.Run;
import dev.backstride.runs.RunSource;
import dev.backstride.runs.Terrain;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.backstride.runs.RunTestData.aRun;
import static org.assertj.core.api.Assertions.assertThat;

class JdbcRunStoreTests {

	private static final Instant NOW = Instant.parse("2026-03-10T07:30:00Z");

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void storesARunWithEveryFieldAndReadsItBack(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcRunStore store = new JdbcRunStore(jdbc);
		AccountId runner = TestAccounts.create(jdbc);
		Run run = aRun().km(10.25).on(Terrain.TRAIL).build();
		long id = store.insert(runner, run, NOW);
		Run read = store.find(runner, id).orElseThrow();
		assertThat(read).usingRecursiveComparison().ignoringFields("id").isEqualTo(run);
		assertThat(read.id()).isEqualTo(id);
	}

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void keepsRunsAndOriginalsApartPerAccount(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcRunStore store = new JdbcRunStore(jdbc);
		AccountId alice = TestAccounts.create(jdbc);
		AccountId bob = TestAccounts.create(jdbc);
		long id = store.insert(alice, aRun().imported(RunSource.GPX).build(), NOW);
		store.saveOriginal(id, new OriginalFile("morning.gpx", new byte[] { 1, 2, 3, 0, (byte) 255 }));
		assertThat(store.original(alice, id).orElseThrow().bytes()).containsExactly(1, 2, 3, 0, 255);
		assertThat(store.original(bob, id)).isEmpty();
		assertThat(store.find(bob, id)).isEmpty();
		assertThat(store.setTerrain(bob, id, Terrain.TRACK)).isFalse();
		assertThat(store.between(bob, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), 100)).isEmpty();
		assertThat(store.startingNear(bob, Instant.parse("2026-03-02T07:30:00Z"), Duration.ofMinutes(1))).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void readsRunsBetweenTwoDaysOldestFirstAndFindsThoseStartingNear(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcRunStore store = new JdbcRunStore(jdbc);
		AccountId runner = TestAccounts.create(jdbc);
		store.insert(runner, aRun().startingAt("2026-03-05T06:00:00Z").km(8).build(), NOW);
		store.insert(runner, aRun().startingAt("2026-03-01T06:00:00Z").km(5).build(), NOW);
		store.insert(runner, aRun().startingAt("2026-02-28T23:59:00Z").km(3).build(), NOW);
		assertThat(store.between(runner, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-05"), 100))
			.extracting(Run::distanceMeters)
			.containsExactly(5000.0, 8000.0);
		assertThat(store.startingNear(runner, Instant.parse("2026-03-01T06:01:00Z"), Duration.ofMinutes(1)))
			.extracting(Run::distanceMeters)
			.containsExactly(5000.0);
	}

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void correctingTheTerrainMakesItNoLongerAGuess(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcRunStore store = new JdbcRunStore(jdbc);
		AccountId runner = TestAccounts.create(jdbc);
		long id = store.insert(runner, aRun().imported(RunSource.FIT).build(), NOW);
		assertThat(store.find(runner, id).orElseThrow().terrainInferred()).isTrue();
		assertThat(store.setTerrain(runner, id, Terrain.TREADMILL)).isTrue();
		Run read = store.find(runner, id).orElseThrow();
		assertThat(read.terrain()).isEqualTo(Terrain.TREADMILL);
		assertThat(read.terrainInferred()).isFalse();
	}

}
