package dev.backstride;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class TestDatabasesTests {

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void migratesEveryDatabaseToTheLatestSchema(TestDatabases.TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		long id = jdbc.sql("insert into account (email, password_hash, created_at) values (?, ?, current_timestamp)")
			.params("a@example.org", "x")
			.update() > 0 ? jdbc.sql("select id from account where email = ?").param("a@example.org")
				.query(Long.class)
				.single() : -1;
		assertThat(id).isPositive();
	}

}
