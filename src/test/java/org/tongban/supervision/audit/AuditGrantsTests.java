package org.tongban.supervision.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.shared.audit.AuditEntry;
import org.tongban.shared.audit.AuditOutcome;
import org.tongban.shared.audit.AuditTrail;
import org.tongban.support.TestClock;

/**
 * R8.4 on PostgreSQL: the platform's database role may insert and read audit records but
 * neither update nor delete them, nor empty the table; only the owner, who runs Flyway,
 * could (README, "Database roles"). Runs in the PostgreSQL run of the suite (CI), which
 * connects as the application role {@code tongban_app}; H2 has no such roles.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "spring.datasource.url", matches = "jdbc:postgresql:.*")
class AuditGrantsTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail trail;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Environment environment;

	@Autowired
	TestClock clock;

	@Test
	void theApplicationsRoleCannotUpdateOrDeleteAuditRecords() {
		String owner = environment.getProperty("spring.flyway.user");
		assertThat(owner).as("Flyway runs as the owner").isNotBlank();
		assertThat(jdbc.sql("select current_user").query(String.class).single()).as("the platform runs as another role")
			.isNotEqualTo(owner);
		String object = "TB-grants-" + System.nanoTime();
		transaction.executeWithoutResult(status -> trail.record(new AuditEntry(clock.instant(), null, "PLATFORM", null,
				null, null, "case.warn", "case", object, AuditOutcome.SUCCESS, null)));

		assertThat(jdbc.sql("select count(*) from supervision_audit_record where object_id = :object")
			.param("object", object)
			.query(Integer.class)
			.single()).as("inserted and read").isOne();
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.sql("update supervision_audit_record set detail = 'x' where object_id = :object")
				.param("object", object)
				.update())
			.havingRootCause()
			.withMessageContaining("permission denied");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.sql("delete from supervision_audit_record where object_id = :object")
				.param("object", object)
				.update())
			.havingRootCause()
			.withMessageContaining("permission denied");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.sql("truncate supervision_audit_record").update())
			.havingRootCause()
			.withMessageContaining("permission denied");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.sql("delete from supervision_audit_chain").update())
			.havingRootCause()
			.withMessageContaining("permission denied");
		assertThat(jdbc.sql("select count(*) from supervision_audit_record where object_id = :object")
			.param("object", object)
			.query(Integer.class)
			.single()).isOne();
	}

}
