package org.tongban.licence.delivery;

import static org.tongban.shared.persistence.DatabaseTime.column;

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
import org.tongban.application.DeliveryMethod;
import org.tongban.application.DeliveryProgress.Status;
import org.tongban.shared.crypto.FieldCipher;
import org.tongban.shared.persistence.DatabaseTime;

/**
 * The deliveries of decided cases (R6.4); the pick-up code and the recipient's name
 * sealed (R12.1).
 */
@Repository
class DeliveryStore {

	private static final String COLUMNS = """
			case_id, case_number, applicant_id, department_code, method, status, pick_up_code_sealed, wrong_codes,
			carrier, tracking_number, posted_at, posted_by, received_on, delivered_at, delivered_by,
			recipient_sealed, signature_attachment_id, created_at""";

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	DeliveryStore(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/**
	 * A delivery as kept.
	 *
	 * @param pickUpCode the code in clear, for a pick-up
	 * @param wrongCodes the wrong codes entered since the code was given
	 * @param recipient who took the result at the hall
	 * @param signatureId the attachment of their signature
	 */
	record Row(UUID caseId, String number, UUID applicantId, String department, DeliveryMethod method, Status status,
			String pickUpCode, int wrongCodes, String carrier, String trackingNumber, Instant postedAt, UUID postedBy,
			LocalDate receivedOn, Instant deliveredAt, UUID deliveredBy, String recipient, UUID signatureId,
			Instant createdAt) {
	}

	boolean exists(UUID caseId) {
		return jdbc.sql("select count(*) from licence_delivery where case_id = :id")
			.param("id", caseId)
			.query(Integer.class)
			.single() > 0;
	}

	void insert(Row row) {
		jdbc.sql("insert into licence_delivery (" + COLUMNS + """
				) values (:id, :number, :applicant, :department, :method, :status, :code, 0, null, null, null, null,
				null, null, null, null, null, :at)""")
			.param("id", row.caseId())
			.param("number", row.number())
			.param("applicant", row.applicantId())
			.param("department", row.department())
			.param("method", row.method().name())
			.param("status", row.status().name())
			.param("code", row.pickUpCode() == null ? null : cipher.encrypt(row.pickUpCode()))
			.param("at", column(row.createdAt()))
			.update();
	}

	Optional<Row> byCase(UUID caseId) {
		return jdbc.sql("select " + COLUMNS + " from licence_delivery where case_id = :id")
			.param("id", caseId)
			.query(this::row)
			.optional();
	}

	Optional<Row> byNumber(String number) {
		return jdbc.sql("select " + COLUMNS + " from licence_delivery where case_number = :number")
			.param("number", number)
			.query(this::row)
			.optional();
	}

	/** The pick-ups and posts of the departments not delivered yet, the oldest first. */
	List<Row> awaitingAction(Collection<String> departments) {
		if (departments.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select " + COLUMNS + " from licence_delivery where department_code in (:departments)"
					+ " and method <> 'ELECTRONIC' and status <> 'DELIVERED' order by created_at, case_number")
			.param("departments", departments)
			.query(this::row)
			.list();
	}

	void wrongCode(UUID caseId) {
		jdbc.sql("update licence_delivery set wrong_codes = wrong_codes + 1 where case_id = :id")
			.param("id", caseId)
			.update();
	}

	void newCode(UUID caseId, String code) {
		jdbc.sql("update licence_delivery set pick_up_code_sealed = :code, wrong_codes = 0 where case_id = :id")
			.param("id", caseId)
			.param("code", cipher.encrypt(code))
			.update();
	}

	void handedOver(UUID caseId, UUID clerk, String recipient, UUID signatureId, Instant at) {
		jdbc.sql("""
				update licence_delivery set status = 'DELIVERED', delivered_at = :at, delivered_by = :clerk,
				recipient_sealed = :recipient, signature_attachment_id = :signature
				where case_id = :id and status = 'WAITING'""")
			.param("signature", signatureId)
			.param("id", caseId)
			.param("at", column(at))
			.param("clerk", clerk)
			.param("recipient", cipher.encrypt(recipient))
			.update();
	}

	void posted(UUID caseId, UUID clerk, String carrier, String trackingNumber, Instant at) {
		jdbc.sql("""
				update licence_delivery set status = 'POSTED', posted_at = :at, posted_by = :clerk, carrier = :carrier,
				tracking_number = :tracking where case_id = :id and status = 'WAITING'""")
			.param("id", caseId)
			.param("at", column(at))
			.param("clerk", clerk)
			.param("carrier", carrier)
			.param("tracking", trackingNumber)
			.update();
	}

	void received(UUID caseId, UUID clerk, LocalDate receivedOn, Instant at) {
		jdbc.sql("""
				update licence_delivery set status = 'DELIVERED', received_on = :on, delivered_at = :at,
				delivered_by = :clerk where case_id = :id and status = 'POSTED'""")
			.param("id", caseId)
			.param("on", receivedOn)
			.param("at", column(at))
			.param("clerk", clerk)
			.update();
	}

	/**
	 * The first download since the delivery was recorded delivers it; a later one changes
	 * nothing, and one made before the delivery existed (its event handled late) counts
	 * for nothing.
	 */
	boolean downloaded(UUID caseId, Instant at) {
		return jdbc.sql("""
				update licence_delivery set status = 'DELIVERED', delivered_at = :at
				where case_id = :id and method = 'ELECTRONIC' and status = 'WAITING' and created_at <= :at""")
			.param("id", caseId)
			.param("at", column(at))
			.update() > 0;
	}

	private Row row(ResultSet rs, int i) throws SQLException {
		String code = rs.getString("pick_up_code_sealed");
		String recipient = rs.getString("recipient_sealed");
		return new Row(rs.getObject("case_id", UUID.class), rs.getString("case_number"),
				rs.getObject("applicant_id", UUID.class), rs.getString("department_code"),
				DeliveryMethod.valueOf(rs.getString("method")), Status.valueOf(rs.getString("status")),
				code == null ? null : cipher.decrypt(code), rs.getInt("wrong_codes"), rs.getString("carrier"),
				rs.getString("tracking_number"), DatabaseTime.instant(rs, "posted_at"),
				rs.getObject("posted_by", UUID.class), rs.getObject("received_on", LocalDate.class),
				DatabaseTime.instant(rs, "delivered_at"), rs.getObject("delivered_by", UUID.class),
				recipient == null ? null : cipher.decrypt(recipient),
				rs.getObject("signature_attachment_id", UUID.class), DatabaseTime.instant(rs, "created_at"));
	}

}
