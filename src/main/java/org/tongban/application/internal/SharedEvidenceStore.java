package org.tongban.application.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The applicant's choice for each shared material of an application, table
 * {@code application_shared_evidence} (R15.10, R16.1).
 */
@Repository
public class SharedEvidenceStore {

	/** The applicant saw the shared evidence and confirmed it. */
	public static final String CONFIRMED = "CONFIRMED";

	/** The applicant uploads their own instead. */
	public static final String OWN = "OWN";

	private final JdbcClient jdbc;

	SharedEvidenceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The choices by material code. */
	public Map<String, String> choices(UUID applicationId) {
		Map<String, String> choices = new LinkedHashMap<>();
		jdbc.sql("select material_code, choice from application_shared_evidence where application_id = :id")
			.param("id", applicationId)
			.query((row, rowNum) -> choices.put(row.getString("material_code"), row.getString("choice")))
			.list();
		return choices;
	}

	public void choose(UUID applicationId, String materialCode, String choice, String reference, Instant at) {
		jdbc.sql("delete from application_shared_evidence where application_id = :id and material_code = :code")
			.param("id", applicationId)
			.param("code", materialCode)
			.update();
		jdbc.sql("""
				insert into application_shared_evidence (application_id, material_code, choice, reference, chosen_at)
				values (:id, :code, :choice, :reference, :at)""")
			.param("id", applicationId)
			.param("code", materialCode)
			.param("choice", choice)
			.param("reference", reference)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

}
