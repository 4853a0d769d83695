package org.tongban.statistics.readmodel;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Inserts a row unless one with its key is there, in the event's transaction. On
 * PostgreSQL {@code on conflict do nothing}, which never fails when two transactions
 * insert the same new row at once (the second waits for the first and inserts nothing),
 * so that a count never fails the transaction it is made in; H2 has no such clause
 * outside its PostgreSQL mode, and an embedded database has no second node to race with.
 */
@Component
class Inserts {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final boolean postgres;

	Inserts(JdbcClient jdbc, NamedParameterJdbcTemplate batch, DataSource dataSource) throws MetaDataAccessException {
		this.jdbc = jdbc;
		this.batch = batch;
		this.postgres = JdbcUtils.<String>extractDatabaseMetaData(dataSource, "getDatabaseProductName")
			.contains("PostgreSQL");
	}

	/**
	 * @param values each column and its value, the parameters named as the columns
	 * @param key the columns of the table's primary key or unique index
	 * @return whether the row was inserted
	 */
	boolean ifAbsent(String table, Map<String, Object> values, List<String> key) {
		var statement = jdbc.sql(sql(table, values.keySet(), key));
		values.forEach(statement::param);
		return statement.update() > 0;
	}

	/**
	 * Inserts each row unless one with its key is there, in batches: a fill of the read
	 * models from the source tables (a million rows at scale).
	 * @param rows each row's columns and values, every row with the same columns
	 */
	void ifAbsent(String table, List<Map<String, Object>> rows, List<String> key) {
		if (rows.isEmpty()) {
			return;
		}
		batch.batchUpdate(sql(table, rows.get(0).keySet(), key),
				rows.stream().map(MapSqlParameterSource::new).toArray(MapSqlParameterSource[]::new));
	}

	private String sql(String table, Collection<String> names, List<String> key) {
		String columns = String.join(", ", names);
		String parameters = names.stream().map(column -> ":" + column).collect(Collectors.joining(", "));
		return postgres
				? "insert into " + table + " (" + columns + ") values (" + parameters + ") on conflict do nothing"
				: "insert into " + table + " (" + columns + ") select " + parameters + " from (values (0)) as one (x)"
						+ " where not exists (select 1 from " + table + " where "
						+ key.stream().map(column -> column + " = :" + column).collect(Collectors.joining(" and "))
						+ ")";
	}

}
