package org.tongban.identity.accounts;

import static org.tongban.shared.persistence.DatabaseTime.column;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongban.identity.AccountKind;
import org.tongban.identity.ApplicantParticulars;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * Applicants the integrated window registered an application for before they had an
 * account (R4.5, R13.4), known by the identity the base registries verified: each holds
 * the id that the account opened later with the same resident ID number or credit code
 * takes, so that their applications are theirs from the start.
 */
@Repository
public class WalkInApplicants {

	private static final String COLUMNS = "id, kind, name, resident_id_ciphertext, credit_code, legal_representative";

	private final JdbcClient jdbc;

	private final PersonalData personalData;

	WalkInApplicants(JdbcClient jdbc, PersonalData personalData) {
		this.jdbc = jdbc;
		this.personalData = personalData;
	}

	/** The walk-in person of a resident ID number, registered now if not yet known. */
	public UUID person(ResidentIdNumber residentId, String name, Instant at) {
		return findPerson(residentId).map(ApplicantParticulars::id).orElseGet(() -> {
			UUID id = UUID.randomUUID();
			Sealed sealed = personalData.seal(residentId.value());
			jdbc.sql("""
					insert into identity_walk_in_applicant (id, kind, name, resident_id_ciphertext,
						resident_id_blind_index, registered_at)
					values (:id, 'NATURAL_PERSON', :name, :ciphertext, :index, :at)""")
				.param("id", id)
				.param("name", name)
				.param("ciphertext", sealed.ciphertext())
				.param("index", sealed.blindIndex())
				.param("at", column(at))
				.update();
			return id;
		});
	}

	/** The walk-in enterprise of a credit code, registered now if not yet known. */
	public UUID enterprise(UnifiedSocialCreditCode creditCode, String name, String legalRepresentative, Instant at) {
		return findEnterprise(creditCode).map(ApplicantParticulars::id).orElseGet(() -> {
			UUID id = UUID.randomUUID();
			jdbc.sql("""
					insert into identity_walk_in_applicant (id, kind, name, credit_code, legal_representative,
						registered_at)
					values (:id, 'LEGAL_PERSON', :name, :code, :representative, :at)""")
				.param("id", id)
				.param("name", name)
				.param("code", creditCode.value())
				.param("representative", legalRepresentative)
				.param("at", column(at))
				.update();
			return id;
		});
	}

	public Optional<ApplicantParticulars> findPerson(ResidentIdNumber residentId) {
		return jdbc
			.sql("select " + COLUMNS + " from identity_walk_in_applicant where resident_id_blind_index in (:terms)")
			.param("terms", personalData.searchTerms(residentId.value()))
			.query((row, rowNum) -> particulars(row))
			.optional();
	}

	public Optional<ApplicantParticulars> findEnterprise(UnifiedSocialCreditCode creditCode) {
		return jdbc.sql("select " + COLUMNS + " from identity_walk_in_applicant where credit_code = :code")
			.param("code", creditCode.value())
			.query((row, rowNum) -> particulars(row))
			.optional();
	}

	public Optional<ApplicantParticulars> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from identity_walk_in_applicant where id = :id")
			.param("id", id)
			.query((row, rowNum) -> particulars(row))
			.optional();
	}

	/** Forgets a walk-in applicant whose account has opened under their id. */
	public void delete(UUID id) {
		jdbc.sql("delete from identity_walk_in_applicant where id = :id").param("id", id).update();
	}

	private ApplicantParticulars particulars(ResultSet row) throws SQLException {
		UUID id = row.getObject("id", UUID.class);
		String name = row.getString("name");
		if (AccountKind.valueOf(row.getString("kind")) == AccountKind.NATURAL_PERSON) {
			return new ApplicantParticulars(id, AccountKind.NATURAL_PERSON, name,
					ResidentIdNumber
						.parse(personalData.open(new Sealed(row.getString("resident_id_ciphertext"), null))),
					null, null, null);
		}
		return new ApplicantParticulars(id, AccountKind.LEGAL_PERSON, name, null, null,
				UnifiedSocialCreditCode.parse(row.getString("credit_code")), row.getString("legal_representative"));
	}

}
