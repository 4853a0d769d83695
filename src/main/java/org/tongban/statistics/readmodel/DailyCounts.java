package org.tongban.statistics.readmodel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongban.shared.LocalizedText;

/**
 * The daily read model (R11): one row a day, matter, department, channel and applicant
 * kind, whose counts are added to as events happen and added up as the dashboards ask.
 */
@Repository
public class DailyCounts {

	private static final String SUMS = Stream.of(Measure.values())
		.map(measure -> "sum(" + measure.column() + ")")
		.collect(Collectors.joining(", "));

	private final JdbcClient jdbc;

	private final Inserts inserts;

	DailyCounts(JdbcClient jdbc, Inserts inserts) {
		this.jdbc = jdbc;
		this.inserts = inserts;
	}

	/**
	 * Adds to the counts of a row, making it first if it is new: the insert that does
	 * nothing when the row exists ({@link Inserts}), then the increment, is an upsert
	 * that H2 and PostgreSQL both run.
	 */
	void add(Key key, Map<Measure, Integer> counts) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("counted_on", key.day());
		row.put("matter_code", key.matter());
		row.put("department_code", key.department());
		row.put("channel", key.channel());
		row.put("applicant_kind", key.kind());
		inserts.ifAbsent("statistics_daily", row, List.copyOf(row.keySet()));
		var update = jdbc
			.sql("update statistics_daily set "
					+ counts.keySet()
						.stream()
						.map(measure -> measure.column() + " = " + measure.column() + " + :" + measure.column())
						.collect(Collectors.joining(", "))
					+ " where counted_on = :day and matter_code = :matter and department_code = :department"
					+ " and channel = :channel and applicant_kind = :kind")
			.param("day", key.day())
			.param("matter", key.matter())
			.param("department", key.department())
			.param("channel", key.channel())
			.param("kind", key.kind());
		counts.forEach((measure, count) -> update.param(measure.column(), count));
		update.update();
	}

	/** The counts of the scope, added up by the dimensions, in their order. */
	public List<Totals> totals(Scope scope, Dimension... by) {
		String keys = Stream.of(by).map(dimension -> dimension.expression).collect(Collectors.joining(", "));
		StringBuilder sql = new StringBuilder("select ").append(keys.isEmpty() ? "" : keys + ", ")
			.append(SUMS)
			.append(" from statistics_daily where counted_on between :from and :to");
		if (scope.department() != null) {
			sql.append(" and department_code = :department");
		}
		if (scope.matter() != null) {
			sql.append(" and matter_code = :matter");
		}
		if (!keys.isEmpty()) {
			sql.append(" group by ").append(keys).append(" order by ").append(keys);
		}
		var query = jdbc.sql(sql.toString()).param("from", scope.from()).param("to", scope.to());
		if (scope.department() != null) {
			query.param("department", scope.department());
		}
		if (scope.matter() != null) {
			query.param("matter", scope.matter());
		}
		return query.query((row, n) -> {
			List<String> values = new ArrayList<>(by.length);
			for (int i = 1; i <= by.length; i++) {
				Object value = row.getObject(i);
				values.add(value instanceof Number number ? String.valueOf(number.intValue()) : String.valueOf(value));
			}
			long[] counts = new long[Measure.values().length];
			for (int i = 0; i < counts.length; i++) {
				counts[i] = row.getLong(by.length + 1 + i);
			}
			return new Totals(values, counts);
		}).list();
	}

	/** The matters' names as their applications gave them, by code. */
	public Map<String, LocalizedText> matterNames() {
		Map<String, LocalizedText> names = new HashMap<>();
		jdbc.sql("select matter_code, name_zh, name_en from statistics_matter")
			.query((row, n) -> names.put(row.getString("matter_code"),
					LocalizedText.of(row.getString("name_zh"), row.getString("name_en"))))
			.list();
		return names;
	}

	/** Every row as it stands, by its key: what a recount is compared with. */
	public Map<Key, Map<Measure, Long>> rows(Scope scope) {
		Map<Key, Map<Measure, Long>> rows = new HashMap<>();
		for (Totals totals : totals(scope, Dimension.DAY, Dimension.MATTER, Dimension.DEPARTMENT, Dimension.CHANNEL,
				Dimension.APPLICANT_KIND)) {
			List<String> k = totals.keys();
			Map<Measure, Long> counts = new EnumMap<>(Measure.class);
			for (Measure measure : Measure.values()) {
				if (totals.get(measure) != 0) {
					counts.put(measure, totals.get(measure));
				}
			}
			rows.put(new Key(LocalDate.parse(k.get(0)), k.get(1), k.get(2), k.get(3), k.get(4)), counts);
		}
		return rows;
	}

	/** The key of a daily row. */
	public record Key(LocalDate day, String matter, String department, String channel, String kind) {

		/** The same group on another day. */
		Key on(LocalDate other) {
			return new Key(other, matter, department, channel, kind);
		}

	}

}
