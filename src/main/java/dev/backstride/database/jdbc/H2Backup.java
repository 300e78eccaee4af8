package dev.backstride.database.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** H2's online backup: a zip of the database file, consistent as of one moment, taken while it runs. */
@Component
public class H2Backup {

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	public H2Backup(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/** The JDBC URL of the database the app writes to. */
	public String url() {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.getMetaData().getURL();
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("database unreachable", ex);
		}
	}

	public void backUpTo(Path zip) {
		this.jdbc.sql("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'").update();
	}

}
