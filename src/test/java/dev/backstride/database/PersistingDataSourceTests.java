package dev.backstride.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.backstride.database.jdbc.H2Files;
import dev.backstride.database.jdbc.PersistingDataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Writes through a persisting connection are in the H2 file when the call returns, in auto-commit
 * mode and at the commit of a transaction; only embedded H2 files get such connections.
 */
class PersistingDataSourceTests {

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "jdbc:h2:file:./data/backstride;AUTO_SERVER=FALSE, true", "jdbc:h2:./data/backstride, true",
			"jdbc:h2:~/backstride, true", "JDBC:H2:FILE:/srv/backstride, true", "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1, false",
			"jdbc:h2:tcp://db.example/backstride, false", "jdbc:h2:ssl://db.example/backstride, false",
			"jdbc:postgresql://db.example:5432/backstride, false" })
	void onlyEmbeddedH2FilesNeedPersisting(String url, boolean embeddedFile) {
		assertThat(H2Files.isEmbeddedFile(url)).isEqualTo(embeddedFile);
	}

	@Test
	void postgresqlAndInMemoryDataSourcesAreLeftAsTheyAre() {
		BeanPostProcessor processor = DatabaseConfiguration.persistEveryWrite(environment(Map.of()));
		for (String url : new String[] { "jdbc:postgresql://127.0.0.1:5432/test", "jdbc:h2:mem:x" }) {
			HikariDataSource hikari = hikari(url);
			assertThat(processor.postProcessAfterInitialization(hikari, "dataSource")).isSameAs(hikari);
		}
		assertThat(processor.postProcessAfterInitialization(hikari("jdbc:h2:file:" + this.dir.resolve("db")), "dataSource"))
			.isInstanceOf(PersistingDataSource.class);
	}

	@Test
	void persistingCanBeTurnedOffForMeasurementsButNotMistyped() {
		HikariDataSource hikari = hikari("jdbc:h2:file:" + this.dir.resolve("db"));
		var off = DatabaseConfiguration.persistEveryWrite(environment(Map.of(DatabaseConfiguration.PERSIST, "off")));
		assertThat(off.postProcessAfterInitialization(hikari, "dataSource")).isSameAs(hikari);
		var typo = DatabaseConfiguration.persistEveryWrite(environment(Map.of(DatabaseConfiguration.PERSIST, "always")));
		assertThatIllegalArgumentException().isThrownBy(() -> typo.postProcessAfterInitialization(hikari, "dataSource"));
	}

	@ParameterizedTest(name = "fsync {0}")
	@CsvSource({ "true", "false" })
	void anAutoCommitWriteIsInTheFileWhenTheCallReturns(boolean sync) throws SQLException {
		DataSource persisting = new PersistingDataSource(lazyH2(), sync);
		try (Connection c = persisting.getConnection()) {
			create(c);
			try (PreparedStatement insert = c.prepareStatement("insert into t (v) values (?)")) {
				insert.setString(1, "one");
				assertThat(insert.executeUpdate()).isOne();
				assertThat(unsavedChanges(c)).isFalse();
				assertThat(insert.getConnection()).isSameAs(c);
			}
		}
	}

	@Test
	void aTransactionIsInTheFileWhenItsCommitReturns() throws SQLException {
		DataSource persisting = new PersistingDataSource(lazyH2(), true);
		try (Connection c = persisting.getConnection()) {
			create(c);
			c.setAutoCommit(false);
			try (Statement s = c.createStatement()) {
				s.executeUpdate("insert into t (v) values ('one')");
				s.executeUpdate("insert into t (v) values ('two')");
			}
			c.commit();
			assertThat(unsavedChanges(c)).isFalse();
		}
	}

	@Test
	void anUpdateThatChangesNoRowIsNotForcedToDisk() throws SQLException {
		DataSource h2 = lazyH2();
		DataSource persisting = new PersistingDataSource(h2, true);
		try (Connection plain = h2.getConnection(); Connection c = persisting.getConnection()) {
			create(c);
			try (Statement s = plain.createStatement()) {
				s.executeUpdate("insert into t (v) values ('one')");
			}
			try (Statement s = c.createStatement()) {
				assertThat(s.executeUpdate("update t set v = 'two' where id = -1")).isZero();
				assertThat(unsavedChanges(c)).isTrue();
				assertThat(s.executeUpdate("update t set v = 'two'")).isOne();
				assertThat(unsavedChanges(c)).isFalse();
			}
		}
	}

	@Test
	void withoutPersistingTheWriteWaitsForTheBackgroundWriter() throws SQLException {
		try (Connection c = lazyH2().getConnection()) {
			create(c);
			try (Statement s = c.createStatement()) {
				s.executeUpdate("insert into t (v) values ('one')");
			}
			assertThat(unsavedChanges(c)).isTrue();
		}
	}

	/** H2 on a file whose background writer waits a minute, so that only persisting can save a write. */
	private DataSource lazyH2() {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:file:" + this.dir.resolve("db") + ";WRITE_DELAY=60000");
		h2.setUser("sa");
		return h2;
	}

	private static void create(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.execute("create table t (id bigint generated by default as identity primary key, v varchar(10))");
		}
	}

	private static boolean unsavedChanges(Connection c) throws SQLException {
		SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
		return session.getDatabase().getStore().getMvStore().hasUnsavedChanges();
	}

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return environment;
	}

	private static HikariDataSource hikari(String url) {
		HikariDataSource hikari = new HikariDataSource();
		hikari.setJdbcUrl(url);
		return hikari;
	}

}
