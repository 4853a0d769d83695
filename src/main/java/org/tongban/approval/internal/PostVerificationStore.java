package org.tongban.approval.internal;

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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongban.approval.PostVerification;

/**
 * The post-verifications (事后核查) of grants on informed commitment (R5.5): one per case,
 * open until its outcome is recorded, which is recorded once.
 */
@Repository
class PostVerificationStore {

	private final JdbcClient jdbc;

	PostVerificationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A verification as kept, before it is read with its case, clock and commitment. */
	record Row(UUID id, UUID caseId, String number, String departmentCode, UUID applicantId, LocalDate grantedOn,
			int verificationDays, PostVerification.Outcome outcome, String reasons, String legalBasis, UUID decidedBy,
			Instant decidedAt) {
	}

	/**
	 * @return false if the case has its verification already (a redelivered event)
	 */
	boolean insertIfAbsent(Row row) {
		if (ofCase(row.caseId()).isPresent()) {
			return false;
		}
		jdbc.sql("""
				insert into approval_post_verification
				(id, case_id, case_number, department_code, applicant_id, granted_on, verification_days)
				values (:id, :caseId, :number, :department, :applicant, :grantedOn, :days)""")
			.param("id", row.id())
			.param("caseId", row.caseId())
			.param("number", row.number())
			.param("department", row.departmentCode())
			.param("applicant", row.applicantId())
			.param("grantedOn", row.grantedOn())
			.param("days", row.verificationDays())
			.update();
		return true;
	}

	Optional<Row> find(UUID id) {
		return jdbc.sql("select * from approval_post_verification where id = :id")
			.param("id", id)
			.query(PostVerificationStore::row)
			.optional();
	}

	Optional<Row> ofCase(UUID caseId) {
		return jdbc.sql("select * from approval_post_verification where case_id = :caseId")
			.param("caseId", caseId)
			.query(PostVerificationStore::row)
			.optional();
	}

	/** The open verifications of the departments. */
	List<Row> open(Collection<String> departments) {
		if (departments.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from approval_post_verification
				where outcome is null and department_code in (:departments)
				order by granted_on, case_number""")
			.param("departments", departments)
			.query(PostVerificationStore::row)
			.list();
	}

	/**
	 * Records the outcome once.
	 * @return false when it was recorded meanwhile
	 */
	boolean decide(UUID id, PostVerification.Outcome outcome, String reasons, String legalBasis, UUID by, Instant at) {
		return jdbc
			.sql("""
					update approval_post_verification
					set outcome = :outcome, reasons = :reasons, legal_basis = :legalBasis, decided_by = :by, decided_at = :at
					where id = :id and outcome is null""")
			.param("id", id)
			.param("outcome", outcome.name())
			.param("reasons", reasons)
			.param("legalBasis", legalBasis)
			.param("by", by)
			.param("at", column(at))
			.update() == 1;
	}

	private static Row row(ResultSet row, int rowNum) throws SQLException {
		String outcome = row.getString("outcome");
		return new Row(row.getObject("id", UUID.class), row.getObject("case_id", UUID.class),
				row.getString("case_number"), row.getString("department_code"),
				row.getObject("applicant_id", UUID.class), row.getObject("granted_on", LocalDate.class),
				row.getInt("verification_days"), outcome == null ? null : PostVerification.Outcome.valueOf(outcome),
				row.getString("reasons"), row.getString("legal_basis"), row.getObject("decided_by", UUID.class),
				instant(row, "decided_at"));
	}

}
