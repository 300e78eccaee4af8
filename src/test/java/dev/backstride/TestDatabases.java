package dev.backstride;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases that persistence tests run on: a fresh in-memory H2 always, and a fresh schema on
 * PostgreSQL when {@code BACKSTRIDE_TEST_POSTGRES_URL} is set. With {@code BACKSTRIDE_REQUIRE_POSTGRES=1}
 * (as in CI) a missing URL fails instead of skipping. Each database is migrated by Flyway with the
 * application's own scripts.
 *
 * <p>
 * Use from a parameterized test: {@code @MethodSource("dev.backstride.TestDatabases#all")}.
 */
public final class TestDatabases {

	private TestDatabases() {
	}

	/** A migrated database with a display name, for parameterized tests. */
	public record TestDatabase(String name, DataSource dataSource) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	public static List<TestDatabase> all() {
		List<TestDatabase> databases = new ArrayList<>();
		databases.add(h2());
		postgres().ifPresent(databases::add);
		return databases;
	}

	public static TestDatabase h2() {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		h2.setUser("sa");
		migrate(h2, null);
		return new TestDatabase("H2", h2);
	}

	public static java.util.Optional<TestDatabase> postgres() {
		String url = System.getenv("BACKSTRIDE_TEST_POSTGRES_URL");
		if (url == null || url.isBlank()) {
			if ("1".equals(System.getenv("BACKSTRIDE_REQUIRE_POSTGRES"))) {
				throw new IllegalStateException(
						"BACKSTRIDE_REQUIRE_POSTGRES=1 but BACKSTRIDE_TEST_POSTGRES_URL is not set");
			}
			return java.util.Optional.empty();
		}
		PGSimpleDataSource pg = new PGSimpleDataSource();
		pg.setURL(url);
		pg.setUser(System.getenv().getOrDefault("BACKSTRIDE_TEST_POSTGRES_USER", "postgres"));
		String password = System.getenv("BACKSTRIDE_TEST_POSTGRES_PASSWORD");
		if (password != null) {
			pg.setPassword(password);
		}
		String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
		try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
			s.execute("create schema " + schema);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at " + url + " is not reachable", ex);
		}
		pg.setCurrentSchema(schema);
		migrate(pg, schema);
		return java.util.Optional.of(new TestDatabase("PostgreSQL", pg));
	}

	/** Skips the calling test unless PostgreSQL is configured (or fails, when it is required). */
	public static TestDatabase requirePostgres() {
		var pg = postgres();
		Assumptions.assumeTrue(pg.isPresent(), "BACKSTRIDE_TEST_POSTGRES_URL not set");
		return pg.get();
	}

	/**
	 * A fresh, empty schema on PostgreSQL for whole application instances to share: the JDBC URL (with
	 * {@code currentSchema}) and the user; the first instance to start migrates it. Skips the calling
	 * test unless PostgreSQL is configured (or fails, when it is required).
	 */
	public static PostgresSchema requirePostgresSchema() {
		String url = System.getenv("BACKSTRIDE_TEST_POSTGRES_URL");
		if ((url == null || url.isBlank()) && "1".equals(System.getenv("BACKSTRIDE_REQUIRE_POSTGRES"))) {
			throw new IllegalStateException("BACKSTRIDE_REQUIRE_POSTGRES=1 but BACKSTRIDE_TEST_POSTGRES_URL is not set");
		}
		Assumptions.assumeTrue(url != null && !url.isBlank(), "BACKSTRIDE_TEST_POSTGRES_URL not set");
		String user = System.getenv().getOrDefault("BACKSTRIDE_TEST_POSTGRES_USER", "postgres");
		String password = System.getenv().getOrDefault("BACKSTRIDE_TEST_POSTGRES_PASSWORD", "");
		PGSimpleDataSource pg = new PGSimpleDataSource();
		pg.setURL(url);
		pg.setUser(user);
		pg.setPassword(password);
		String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
		try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
			s.execute("create schema " + schema);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at " + url + " is not reachable", ex);
		}
		return new PostgresSchema(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
	}

	/** Where application instances find a test schema on PostgreSQL. */
	public record PostgresSchema(String url, String user, String password) {

		@Override
		public String toString() {
			return "PostgresSchema[" + this.url + ", " + this.user + ", password hidden]";
		}

	}

	private static void migrate(DataSource dataSource, String schema) {
		var config = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
		if (schema != null) {
			config.schemas(schema).defaultSchema(schema).createSchemas(false);
		}
		config.load().migrate();
	}

}
