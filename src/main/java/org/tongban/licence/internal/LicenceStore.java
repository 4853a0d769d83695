package org.tongban.licence.internal;

import static org.tongban.shared.persistence.DatabaseTime.column;
import static org.tongban.shared.persistence.DatabaseTime.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.crypto.FieldCipher;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The issued licences (R6.3): one in force per case, earlier versions replaced by it
 * (R15.5), the holder's number sealed (R12.1); and the history of each.
 */
@Repository
class LicenceStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<PrintedValue>> PRINTED = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	LicenceStore(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/**
	 * @return false if the case has its licence already (a redelivered event, or another
	 * node)
	 */
	boolean insertIfAbsent(LicenceRecord licence) {
		if (ofCase(licence.caseId()).isPresent()) {
			return false;
		}
		try {
			insert(licence);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private void insert(LicenceRecord licence) {
		jdbc.sql("""
				insert into licence_licence (id, case_id, case_number, matter_code, matter_version, licence_type,
				name_zh, name_en, holder_id, holder_is_person, holder_name, holder_number, department_code,
				valid_from, valid_until, printed, attachment_id, pdf_sha256, issued_at, version, replaces)
				values (:id, :caseId, :number, :matter, :version, :type, :nameZh, :nameEn, :holderId, :person,
				:holderName, :holderNumber, :department, :validFrom, :validUntil, :printed, :attachment, :sha256,
				:issuedAt, :licenceVersion, :replaces)""")
			.param("id", licence.id())
			.param("caseId", licence.caseId())
			.param("number", licence.caseNumber())
			.param("matter", licence.matterCode())
			.param("version", licence.matterVersion())
			.param("type", licence.type())
			.param("nameZh", licence.name().zh())
			.param("nameEn", licence.name().en())
			.param("holderId", licence.holderId())
			.param("person", licence.holderIsPerson())
			.param("holderName", licence.holderName())
			.param("holderNumber", cipher.encrypt(licence.holderNumber()))
			.param("department", licence.departmentCode())
			.param("validFrom", licence.validFrom())
			.param("validUntil", licence.validUntil())
			.param("printed", JSON.writeValueAsString(licence.printed()))
			.param("attachment", licence.attachmentId())
			.param("sha256", licence.pdfSha256())
			.param("issuedAt", column(licence.issuedAt()))
			.param("licenceVersion", licence.version())
			.param("replaces", licence.replaces())
			.update();
	}

	Optional<LicenceRecord> find(String id) {
		return jdbc.sql("select * from licence_licence where id = :id").param("id", id).query(this::row).optional();
	}

	/** The licence of a case: of its versions, the one not replaced. */
	Optional<LicenceRecord> ofCase(UUID caseId) {
		return jdbc.sql("select * from licence_licence where case_id = :caseId and replaced_by is null")
			.param("caseId", caseId)
			.query(this::row)
			.optional();
	}

	/** The licences issued to a holder, the newest first (R6.5). */
	List<LicenceRecord> ofHolder(UUID holderId) {
		return jdbc.sql("select * from licence_licence where holder_id = :holderId order by issued_at desc, id")
			.param("holderId", holderId)
			.query(this::row)
			.list();
	}

	/**
	 * Adds a new version of a licence (R15.5), which replaces another of the same case.
	 */
	void insertVersion(LicenceRecord licence) {
		insert(licence);
	}

	/**
	 * The licences of the departments whose id or case number is the one given, or, given
	 * none, their latest, the newest first.
	 */
	List<LicenceRecord> search(java.util.Set<String> departments, String idOrNumber, int limit) {
		if (departments.isEmpty()) {
			return List.of();
		}
		String where = idOrNumber == null ? "" : " and (id = :query or case_number = :query)";
		var sql = jdbc
			.sql("select * from licence_licence where department_code in (:departments)" + where
					+ " order by issued_at desc, version desc fetch first " + limit + " rows only")
			.param("departments", departments);
		if (idOrNumber != null) {
			sql = sql.param("query", idOrNumber);
		}
		return sql.query(this::row).list();
	}

	/**
	 * @return whether it was not revoked nor replaced, and is now revoked
	 */
	boolean revoke(String id, LocalDate on, String reasons, String legalBasis) {
		return jdbc.sql("""
				update licence_licence set revoked_on = :on, revocation_reasons = :reasons,
				revocation_basis = :basis where id = :id and revoked_on is null and replaced_by is null""")
			.param("on", on)
			.param("reasons", reasons)
			.param("basis", legalBasis)
			.param("id", id)
			.update() == 1;
	}

	/**
	 * @return whether it was in force and not suspended, and is now suspended
	 */
	boolean suspend(String id, LocalDate on, String reasons, String legalBasis) {
		return jdbc.sql("""
				update licence_licence set suspended_on = :on, suspension_reasons = :reasons,
				suspension_basis = :basis
				where id = :id and revoked_on is null and replaced_by is null and suspended_on is null""")
			.param("on", on)
			.param("reasons", reasons)
			.param("basis", legalBasis)
			.param("id", id)
			.update() == 1;
	}

	/**
	 * @return whether it was suspended, and is no longer
	 */
	boolean lift(String id) {
		return jdbc.sql("""
				update licence_licence set suspended_on = null, suspension_reasons = null, suspension_basis = null
				where id = :id and revoked_on is null and replaced_by is null and suspended_on is not null""")
			.param("id", id)
			.update() == 1;
	}

	/**
	 * @return whether it was in force, and is now replaced by the licence given
	 */
	boolean replace(String id, String by) {
		return jdbc.sql("""
				update licence_licence set replaced_by = :by
				where id = :id and revoked_on is null and replaced_by is null and suspended_on is null""")
			.param("by", by)
			.param("id", id)
			.update() == 1;
	}

	void record(LicenceEvent event) {
		jdbc.sql("""
				insert into licence_history (licence_id, kind, at, actor_id, actor_name, reasons, legal_basis,
				other_licence) values (:licence, :kind, :at, :actor, :actorName, :reasons, :basis, :other)""")
			.param("licence", event.licenceId())
			.param("kind", event.kind().name())
			.param("at", column(event.at()))
			.param("actor", event.actorId())
			.param("actorName", event.actorName())
			.param("reasons", event.reasons())
			.param("basis", event.legalBasis())
			.param("other", event.otherLicence())
			.update();
	}

	/** The history of a licence, the oldest first. */
	List<LicenceEvent> history(String id) {
		return jdbc.sql("select * from licence_history where licence_id = :id order by at, id")
			.param("id", id)
			.query((row, number) -> new LicenceEvent(row.getString("licence_id"),
					LicenceEvent.Kind.valueOf(row.getString("kind")), instant(row, "at"),
					row.getObject("actor_id", UUID.class), row.getString("actor_name"), row.getString("reasons"),
					row.getString("legal_basis"), row.getString("other_licence")))
			.list();
	}

	private LicenceRecord row(ResultSet row, int number) throws SQLException {
		return new LicenceRecord(row.getString("id"), row.getObject("case_id", UUID.class),
				row.getString("case_number"), row.getString("matter_code"), row.getInt("matter_version"),
				row.getString("licence_type"), LocalizedText.of(row.getString("name_zh"), row.getString("name_en")),
				row.getObject("holder_id", UUID.class), row.getBoolean("holder_is_person"),
				row.getString("holder_name"), cipher.decrypt(row.getString("holder_number")),
				row.getString("department_code"), row.getObject("valid_from", LocalDate.class),
				row.getObject("valid_until", LocalDate.class), JSON.readValue(row.getString("printed"), PRINTED),
				row.getObject("attachment_id", UUID.class), row.getString("pdf_sha256"), instant(row, "issued_at"),
				row.getObject("revoked_on", LocalDate.class), row.getString("revocation_reasons"),
				row.getString("revocation_basis"), row.getObject("suspended_on", LocalDate.class),
				row.getString("suspension_reasons"), row.getString("suspension_basis"), row.getInt("version"),
				row.getString("replaces"), row.getString("replaced_by"));
	}

}
