package org.tongban.application.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
		choose(applicationId, materialCode, choice, reference, at, null, null);
	}

	/**
	 * Records a choice; for a confirmed registry record, with what it said and the
	 * department keeping the registry.
	 */
	public void choose(UUID applicationId, String materialCode, String choice, String reference, Instant at,
			String snapshot, String sourceDepartment) {
		jdbc.sql("delete from application_shared_evidence where application_id = :id and material_code = :code")
			.param("id", applicationId)
			.param("code", materialCode)
			.update();
		jdbc.sql("""
				insert into application_shared_evidence
				  (application_id, material_code, choice, reference, chosen_at, snapshot, source_department)
				values (:id, :code, :choice, :reference, :at, :snapshot, :department)""")
			.param("id", applicationId)
			.param("code", materialCode)
			.param("choice", choice)
			.param("reference", reference)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("snapshot", snapshot)
			.param("department", sourceDepartment)
			.update();
	}

	/** A registry record confirmed, as stored when it was confirmed. */
	public record ConfirmedRecord(String materialCode, String registry, String snapshot, String sourceDepartment,
			Instant confirmedAt) {
	}

	/** The registry records confirmed for an application, by material code. */
	public List<ConfirmedRecord> confirmedRecords(UUID applicationId) {
		return jdbc.sql("""
				select material_code, reference, snapshot, source_department, chosen_at
				from application_shared_evidence
				where application_id = :id and choice = 'CONFIRMED' and snapshot is not null
				order by material_code""")
			.param("id", applicationId)
			.query((row, rowNum) -> new ConfirmedRecord(row.getString("material_code"), row.getString("reference"),
					row.getString("snapshot"), row.getString("source_department"),
					row.getObject("chosen_at", OffsetDateTime.class).toInstant()))
			.list();
	}

}
