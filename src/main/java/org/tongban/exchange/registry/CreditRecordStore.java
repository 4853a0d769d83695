package org.tongban.exchange.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongban.exchange.CreditEventKind;
import org.tongban.exchange.CreditRecord;
import org.tongban.exchange.CreditSubject;
import org.tongban.shared.crypto.BlindIndex;
import org.tongban.shared.crypto.FieldCipher;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * The credit register (信用记录), table {@code exchange_credit_record}: a person is named by
 * the blind index of their resident ID number with the number sealed beside it (R12.1), a
 * legal person by its public credit code. Reads are logged by the caller.
 */
@Repository
public class CreditRecordStore {

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	private final BlindIndex index;

	CreditRecordStore(JdbcClient jdbc, FieldCipher cipher, BlindIndex index) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.index = index;
	}

	/** The records of a subject, the newest first, whether in force or not. */
	public List<CreditRecord> of(CreditSubject subject) {
		var query = subject.person() != null
				? jdbc.sql(SELECT + " where person_index in (:terms) order by recorded_on desc, recorded_at desc")
					.param("terms", index.searchTerms(subject.person().value()))
				: jdbc.sql(SELECT + " where credit_code = :code order by recorded_on desc, recorded_at desc")
					.param("code", subject.legalPerson().value());
		return query.query(this::record).list();
	}

	public void add(CreditRecord record, Instant at) {
		ResidentIdNumber person = record.subject().person();
		jdbc.sql("""
				insert into exchange_credit_record (id, kind, person_index, person_sealed, credit_code, recorded_on,
					expires_on, case_reference, reason, recorded_by, recorded_at)
				values (:id, :kind, :personIndex, :personSealed, :creditCode, :recordedOn, :expiresOn, :caseReference,
					:reason, :recordedBy, :at)""")
			.param("id", record.id())
			.param("kind", record.kind().name())
			.param("personIndex", person == null ? null : index.of(person.value()))
			.param("personSealed", person == null ? null : cipher.encrypt(person.value()))
			.param("creditCode", record.subject().legalPerson() == null ? null : record.subject().legalPerson().value())
			.param("recordedOn", record.recordedOn())
			.param("expiresOn", record.expiresOn())
			.param("caseReference", record.caseReference())
			.param("reason", record.reason())
			.param("recordedBy", record.recordedBy())
			.param("at", LocalDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	/**
	 * Whether a record of the kind arose from the case already, so that it is written
	 * once.
	 */
	public boolean exists(CreditEventKind kind, String caseReference) {
		return jdbc.sql("select count(*) from exchange_credit_record where kind = :kind and case_reference = :ref")
			.param("kind", kind.name())
			.param("ref", caseReference)
			.query(Integer.class)
			.single() > 0;
	}

	private static final String SELECT = """
			select id, kind, person_sealed, credit_code, recorded_on, expires_on, case_reference, reason, recorded_by
			from exchange_credit_record""";

	private CreditRecord record(ResultSet row, int rowNum) throws SQLException {
		String sealed = row.getString("person_sealed");
		CreditSubject subject = sealed != null ? CreditSubject.of(ResidentIdNumber.parse(cipher.decrypt(sealed)))
				: CreditSubject.of(UnifiedSocialCreditCode.parse(row.getString("credit_code")));
		return new CreditRecord(row.getObject("id", UUID.class), subject,
				CreditEventKind.valueOf(row.getString("kind")), row.getObject("recorded_on", LocalDate.class),
				row.getObject("expires_on", LocalDate.class), row.getString("case_reference"), row.getString("reason"),
				row.getString("recorded_by"));
	}

}
