package org.tongban.exchange.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongban.shared.crypto.BlindIndex;
import org.tongban.shared.crypto.FieldCipher;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.Sex;

/**
 * The population registry (人口基础信息库), table {@code exchange_person}. ID numbers and
 * household addresses are sealed here and opened here, so that no other class handles
 * their stored form (R12.1). Reads are logged by the caller, which alone knows why it
 * reads (R9.3).
 */
@Repository
public class PopulationRegistry {

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	private final BlindIndex index;

	PopulationRegistry(JdbcClient jdbc, FieldCipher cipher, BlindIndex index) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.index = index;
	}

	public Optional<PersonRecord> find(ResidentIdNumber id) {
		return jdbc.sql("""
				select resident_id_sealed, name, sex, birth_date, household_address_sealed, status
				from exchange_person where resident_id_index in (:terms)""")
			.param("terms", index.searchTerms(id.value()))
			.query(this::person)
			.optional();
	}

	public boolean contains(ResidentIdNumber id) {
		return jdbc.sql("select count(*) from exchange_person where resident_id_index in (:terms)")
			.param("terms", index.searchTerms(id.value()))
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Adds a person's record, or replaces the one registered under the number.
	 * @return whether it was added
	 */
	public boolean put(PersonRecord person) {
		int updated = jdbc.sql("""
				update exchange_person set name = :name, sex = :sex, birth_date = :birthDate,
					household_address_sealed = :address, status = :status
				where resident_id_index in (:terms)""")
			.param("terms", index.searchTerms(person.id().value()))
			.param("name", person.name())
			.param("sex", person.sex().name())
			.param("birthDate", person.birthDate())
			.param("address", cipher.encrypt(person.householdAddress()))
			.param("status", person.status().name())
			.update();
		if (updated > 0) {
			return false;
		}
		add(person);
		return true;
	}

	public void add(PersonRecord person) {
		jdbc.sql("""
				insert into exchange_person (resident_id_index, resident_id_sealed, name, sex, birth_date,
					household_address_sealed, status)
				values (:index, :sealed, :name, :sex, :birthDate, :address, :status)""")
			.param("index", index.of(person.id().value()))
			.param("sealed", cipher.encrypt(person.id().value()))
			.param("name", person.name())
			.param("sex", person.sex().name())
			.param("birthDate", person.birthDate())
			.param("address", cipher.encrypt(person.householdAddress()))
			.param("status", person.status().name())
			.update();
	}

	private PersonRecord person(ResultSet row, int rowNum) throws SQLException {
		return new PersonRecord(ResidentIdNumber.parse(cipher.decrypt(row.getString("resident_id_sealed"))),
				row.getString("name"), Sex.valueOf(row.getString("sex")), row.getObject("birth_date", LocalDate.class),
				cipher.decrypt(row.getString("household_address_sealed")),
				PersonStatus.valueOf(row.getString("status")));
	}

}
