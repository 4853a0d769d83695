package org.tongban.approval.bundles;

import static org.tongban.shared.persistence.DatabaseTime.column;
import static org.tongban.shared.persistence.DatabaseTime.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table of the bundles under way (R5.2). */
@Repository
class BundleRecords {

	private static final String COLUMNS = """
			id, number, bundle_code, lead_department_code, applicant_id, process_instance_id, received_at, outcome,
			ended_at""";

	private final JdbcClient jdbc;

	BundleRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return false if the bundle was there already (the event was delivered again)
	 */
	boolean insertIfAbsent(BundleRecord record) {
		if (find(record.id()).isPresent()) {
			return false;
		}
		jdbc.sql("insert into approval_bundle (" + COLUMNS
				+ """
						) values (:id, :number, :bundleCode, :lead, :applicantId, :processInstanceId, :receivedAt, null, null)""")
			.param("id", record.id())
			.param("number", record.number())
			.param("bundleCode", record.bundleCode())
			.param("lead", record.leadDepartmentCode())
			.param("applicantId", record.applicantId())
			.param("processInstanceId", record.processInstanceId())
			.param("receivedAt", column(record.receivedAt()))
			.update();
		return true;
	}

	void runningOn(UUID id, String processInstanceId) {
		jdbc.sql("update approval_bundle set process_instance_id = :instance where id = :id")
			.param("instance", processInstanceId)
			.param("id", id)
			.update();
	}

	/**
	 * Records the end of a bundle once.
	 * @return false if it had ended already
	 */
	boolean end(UUID id, BundleRecord.Outcome outcome, Instant at) {
		return jdbc
			.sql("update approval_bundle set outcome = :outcome, ended_at = :at where id = :id and ended_at is null")
			.param("outcome", outcome.name())
			.param("at", column(at))
			.param("id", id)
			.update() == 1;
	}

	Optional<BundleRecord> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from approval_bundle where id = :id")
			.param("id", id)
			.query(BundleRecords::record)
			.optional();
	}

	/**
	 * The bundle, its row locked until the transaction ends: the ends of members of one
	 * stage move its process one after the other.
	 */
	Optional<BundleRecord> lock(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from approval_bundle where id = :id for update")
			.param("id", id)
			.query(BundleRecords::record)
			.optional();
	}

	Optional<BundleRecord> findByNumber(String number) {
		return jdbc.sql("select " + COLUMNS + " from approval_bundle where number = :number")
			.param("number", number)
			.query(BundleRecords::record)
			.optional();
	}

	/** The bundles a department leads, newest first, at most {@code limit}. */
	List<BundleRecord> ledBy(String departmentCode, int limit) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from approval_bundle where lead_department_code = :lead order by received_at desc limit :limit")
			.param("lead", departmentCode)
			.param("limit", limit)
			.query(BundleRecords::record)
			.list();
	}

	private static BundleRecord record(ResultSet row, int index) throws SQLException {
		String outcome = row.getString("outcome");
		return new BundleRecord(row.getObject("id", UUID.class), row.getString("number"), row.getString("bundle_code"),
				row.getString("lead_department_code"), row.getObject("applicant_id", UUID.class),
				row.getString("process_instance_id"), instant(row, "received_at"),
				outcome == null ? null : BundleRecord.Outcome.valueOf(outcome), instant(row, "ended_at"));
	}

}
