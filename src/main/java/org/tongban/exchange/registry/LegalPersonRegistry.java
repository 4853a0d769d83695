package org.tongban.exchange.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongban.exchange.LegalForm;
import org.tongban.shared.crypto.BlindIndex;
import org.tongban.shared.crypto.FieldCipher;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * The legal-person registry (法人单位基础信息库), table {@code exchange_legal_person}. The credit
 * code is public and stored as it is; the representative's ID number is sealed and
 * indexed like every ID number (R12.1). Reads are logged by the caller, which alone knows
 * why it reads (R9.3).
 */
@Repository
public class LegalPersonRegistry {

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	private final BlindIndex index;

	LegalPersonRegistry(JdbcClient jdbc, FieldCipher cipher, BlindIndex index) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.index = index;
	}

	public Optional<LegalPersonRecord> find(UnifiedSocialCreditCode code) {
		return jdbc.sql("""
				select credit_code, name, legal_form, representative_name, representative_id_sealed,
					registered_address, established_on, status
				from exchange_legal_person where credit_code = :code""")
			.param("code", code.value())
			.query(this::legalPerson)
			.optional();
	}

	public boolean contains(UnifiedSocialCreditCode code) {
		return jdbc.sql("select count(*) from exchange_legal_person where credit_code = :code")
			.param("code", code.value())
			.query(Integer.class)
			.single() > 0;
	}

	public void add(LegalPersonRecord legalPerson) {
		jdbc.sql("""
				insert into exchange_legal_person (credit_code, name, legal_form, representative_name,
					representative_id_index, representative_id_sealed, registered_address, established_on, status)
				values (:code, :name, :legalForm, :representativeName, :representativeIndex, :representativeSealed,
					:address, :establishedOn, :status)""")
			.param("code", legalPerson.code().value())
			.param("name", legalPerson.name())
			.param("legalForm", legalPerson.legalForm().name())
			.param("representativeName", legalPerson.representativeName())
			.param("representativeIndex", index.of(legalPerson.representativeId().value()))
			.param("representativeSealed", cipher.encrypt(legalPerson.representativeId().value()))
			.param("address", legalPerson.registeredAddress())
			.param("establishedOn", legalPerson.establishedOn())
			.param("status", legalPerson.status().name())
			.update();
	}

	/**
	 * Publishes a legal person's record (R9.2): adds it, or replaces the registered one.
	 * @return whether the record is new
	 */
	public boolean put(LegalPersonRecord legalPerson) {
		int updated = jdbc.sql("""
				update exchange_legal_person set name = :name, legal_form = :legalForm,
					representative_name = :representativeName, representative_id_index = :representativeIndex,
					representative_id_sealed = :representativeSealed, registered_address = :address,
					established_on = :establishedOn, status = :status
				where credit_code = :code""")
			.param("code", legalPerson.code().value())
			.param("name", legalPerson.name())
			.param("legalForm", legalPerson.legalForm().name())
			.param("representativeName", legalPerson.representativeName())
			.param("representativeIndex", index.of(legalPerson.representativeId().value()))
			.param("representativeSealed", cipher.encrypt(legalPerson.representativeId().value()))
			.param("address", legalPerson.registeredAddress())
			.param("establishedOn", legalPerson.establishedOn())
			.param("status", legalPerson.status().name())
			.update();
		if (updated > 0) {
			return false;
		}
		add(legalPerson);
		return true;
	}

	private LegalPersonRecord legalPerson(ResultSet row, int rowNum) throws SQLException {
		return new LegalPersonRecord(UnifiedSocialCreditCode.parse(row.getString("credit_code")), row.getString("name"),
				LegalForm.valueOf(row.getString("legal_form")), row.getString("representative_name"),
				ResidentIdNumber.parse(cipher.decrypt(row.getString("representative_id_sealed"))),
				row.getString("registered_address"), row.getObject("established_on", LocalDate.class),
				LegalPersonStatus.valueOf(row.getString("status")));
	}

}
