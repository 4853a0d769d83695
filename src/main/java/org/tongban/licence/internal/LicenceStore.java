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
 * The issued licences (R6.3): one per case, the holder's number sealed (R12.1).
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
			jdbc.sql("""
					insert into licence_licence (id, case_id, case_number, matter_code, matter_version, licence_type,
					name_zh, name_en, holder_id, holder_is_person, holder_name, holder_number, department_code,
					valid_from, valid_until, printed, attachment_id, pdf_sha256, issued_at)
					values (:id, :caseId, :number, :matter, :version, :type, :nameZh, :nameEn, :holderId, :person,
					:holderName, :holderNumber, :department, :validFrom, :validUntil, :printed, :attachment, :sha256,
					:issuedAt)""")
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
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	Optional<LicenceRecord> find(String id) {
		return jdbc.sql("select * from licence_licence where id = :id").param("id", id).query(this::row).optional();
	}

	Optional<LicenceRecord> ofCase(UUID caseId) {
		return jdbc.sql("select * from licence_licence where case_id = :caseId")
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
	 * @return whether it was in force, and is now revoked
	 */
	boolean revoke(UUID caseId, LocalDate on, String reasons) {
		return jdbc.sql("""
				update licence_licence set revoked_on = :on, revocation_reasons = :reasons
				where case_id = :caseId and revoked_on is null""")
			.param("on", on)
			.param("reasons", reasons)
			.param("caseId", caseId)
			.update() == 1;
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
				row.getObject("revoked_on", LocalDate.class), row.getString("revocation_reasons"));
	}

}
