package dev.backstride.runs.fileimport;

import java.time.Instant;

import dev.backstride.TestAccounts;
import dev.backstride.TestDatabases.TestDatabase;
import dev.backstride.account.AccountId;
import dev.backstride.runs.jdbc.JdbcRunStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static dev.backstride.runs.RunTestData.aRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An import's batch on H2 and PostgreSQL (where a failed statement spoils its whole transaction unless
 * a savepoint catches it): a run the database refuses is undone alone and the batch's other runs are
 * committed; a batch rolled back (the import failed) leaves none of its runs.
 */
class BatchTests {

	private static final Instant NOW = Instant.parse("2026-03-10T07:30:00Z");

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void aRunTheDatabaseRefusesIsUndoneAloneAndTheOthersAreCommitted(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcRunStore store = new JdbcRunStore(jdbc);
		AccountId runner = TestAccounts.create(jdbc);
		Batch batch = new Batch(new DataSourceTransactionManager(db.dataSource()));
		batch.begin();
		batch.inSavepoint(() -> store.insert(runner, aRun().startingAt("2026-03-01T07:00:00Z").km(5).build(), NOW));
		// farther than the run table allows (10,000 km): the database refuses the row
		assertThatThrownBy(() -> batch.inSavepoint(
				() -> store.insert(runner, aRun().startingAt("2026-03-02T07:00:00Z").km(20_000).build(), NOW)))
			.isInstanceOf(RuntimeException.class);
		batch.inSavepoint(() -> store.insert(runner, aRun().startingAt("2026-03-03T07:00:00Z").km(8).build(), NOW));
		batch.commit();
		assertThat(store.count(runner)).isEqualTo(2);
	}

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void aBatchRolledBackLeavesNoneOfItsRuns(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcRunStore store = new JdbcRunStore(jdbc);
		AccountId runner = TestAccounts.create(jdbc);
		Batch batch = new Batch(new DataSourceTransactionManager(db.dataSource()));
		batch.begin();
		batch.inSavepoint(() -> store.insert(runner, aRun().km(5).build(), NOW));
		batch.rollback();
		assertThat(store.count(runner)).isZero();
	}

}
