package org.tongban.licence.registry;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongban.exchange.IssuedLicences;

/**
 * The licences each department issued (R9.5), for the exchange's sharing metrics: the
 * licence module keeps the base registry of licences, so it counts them.
 */
@Component
class IssuedLicenceCounts implements IssuedLicences {

	private final JdbcClient jdbc;

	IssuedLicenceCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Long> countByDepartment() {
		return jdbc.sql("select department_code, count(*) as issued from licence_licence group by department_code")
			.query((row, n) -> Map.entry(row.getString("department_code"), row.getLong("issued")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
