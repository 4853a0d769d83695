package org.tongban.licence.internal;

import static org.tongban.shared.persistence.DatabaseTime.column;
import static org.tongban.shared.persistence.DatabaseTime.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The licences waiting to be issued by hand (R15.5), one per granted case, until issued
 * or dropped with a revoked grant.
 */
@Repository
class PendingIssueStore {

	enum Status {

		PENDING, ISSUED, DROPPED

	}

	/**
	 * @param dueOn the last working day to issue it; null while the calendar of its days
	 * is not loaded
	 */
	record Row(UUID caseId, String caseNumber, String departmentCode, Instant grantedAt, LocalDate dueOn,
			Status status) {
	}

	private final JdbcClient jdbc;

	PendingIssueStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return false if the case waits already (a redelivered event)
	 */
	boolean insertIfAbsent(Row row) {
		if (find(row.caseId()).isPresent()) {
			return false;
		}
		try {
			jdbc.sql(
					"""
							insert into licence_pending_issue (case_id, case_number, department_code, granted_at, due_on, status)
							values (:caseId, :number, :department, :grantedAt, :dueOn, 'PENDING')""")
				.param("caseId", row.caseId())
				.param("number", row.caseNumber())
				.param("department", row.departmentCode())
				.param("grantedAt", column(row.grantedAt()))
				.param("dueOn", row.dueOn())
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	Optional<Row> find(UUID caseId) {
		return jdbc.sql("select * from licence_pending_issue where case_id = :caseId")
			.param("caseId", caseId)
			.query(this::row)
			.optional();
	}

	Optional<Row> byNumber(String number) {
		return jdbc.sql("select * from licence_pending_issue where case_number = :number")
			.param("number", number)
			.query(this::row)
			.optional();
	}

	/** The pending issues of these departments, the one due first first. */
	List<Row> pending(Collection<String> departments) {
		if (departments.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select * from licence_pending_issue where department_code in (:departments)"
					+ " and status = 'PENDING' order by granted_at, case_number")
			.param("departments", departments)
			.query(this::row)
			.list();
	}

	/**
	 * Ends the wait: issued, or dropped.
	 * @return whether it was pending, and this call ended it
	 */
	boolean end(UUID caseId, Status status, UUID by, Instant at) {
		return jdbc.sql("""
				update licence_pending_issue set status = :status, done_by = :by, done_at = :at
				where case_id = :caseId and status = 'PENDING'""")
			.param("status", status.name())
			.param("by", by)
			.param("at", column(at))
			.param("caseId", caseId)
			.update() == 1;
	}

	private Row row(ResultSet row, int number) throws SQLException {
		return new Row(row.getObject("case_id", UUID.class), row.getString("case_number"),
				row.getString("department_code"), instant(row, "granted_at"), row.getObject("due_on", LocalDate.class),
				Status.valueOf(row.getString("status")));
	}

}
