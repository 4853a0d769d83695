package org.tongban.shared.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants to and from {@code timestamp with time zone} columns, the same on PostgreSQL
 * and H2: written at UTC, read back as the instant they were, whatever zone the database
 * session has.
 */
public final class DatabaseTime {

	private DatabaseTime() {
	}

	/** The value to bind for an instant; null for null. */
	public static OffsetDateTime column(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	/** The instant a column of the row holds; null for SQL NULL. */
	public static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
