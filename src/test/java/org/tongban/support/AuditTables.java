package org.tongban.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The audit tables as their owner sees them, for tests that tamper with or empty the
 * audit trail. On PostgreSQL the suite runs as an application role that may only insert
 * and read audit records (README, "Database roles"), while Flyway runs as the owner
 * ({@code spring.flyway.user}); such tests then connect as that owner. On H2 there is one
 * user, and this is the application's own connection.
 */
public final class AuditTables {

	private static final Map<String, JdbcClient> OWNERS = new ConcurrentHashMap<>();

	private AuditTables() {
	}

	public static JdbcClient owner(Environment environment, JdbcClient application) {
		String user = environment.getProperty("spring.flyway.user");
		if (user == null || user.isBlank()) {
			return application;
		}
		String url = environment.getProperty("spring.flyway.url", environment.getProperty("spring.datasource.url"));
		String password = environment.getProperty("spring.flyway.password", "");
		return OWNERS.computeIfAbsent(url + " " + user,
				key -> JdbcClient.create(new DriverManagerDataSource(url, user, password)));
	}

}
