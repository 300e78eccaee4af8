package dev.backstride.database;

import dev.backstride.TestDatabases;
import dev.backstride.database.jdbc.H2Backup;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Only the embedded database is backed up by the app; PostgreSQL is pointed to pg_dump. */
class BackupsTests {

	@Test
	void postgresqlIsBackedUpWithItsOwnTools() throws Exception {
		var db = TestDatabases.requirePostgres().dataSource();
		Backup backup = new Backups(new H2Backup(db, JdbcClient.create(db))).take();
		assertThat(backup).isInstanceOfSatisfying(Backup.Elsewhere.class,
				elsewhere -> assertThat(elsewhere.reason()).contains("pg_dump"));
	}

	@Test
	void anInMemoryDatabaseHasNoFileToBackUp() throws Exception {
		var db = TestDatabases.h2().dataSource();
		Backup backup = new Backups(new H2Backup(db, JdbcClient.create(db))).take();
		assertThat(backup).isInstanceOfSatisfying(Backup.Elsewhere.class,
				elsewhere -> assertThat(elsewhere.reason()).contains("no database file"));
	}

}
