package dev.backstride.screening.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants as {@code timestamp with time zone}, portable across H2 and PostgreSQL drivers. */
final class Timestamps {

	private Timestamps() {
	}

	static OffsetDateTime toDb(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	static Instant fromDb(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}
