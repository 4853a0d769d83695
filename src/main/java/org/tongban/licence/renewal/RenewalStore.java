package org.tongban.licence.renewal;

import static org.tongban.shared.persistence.DatabaseTime.column;
import static org.tongban.shared.persistence.DatabaseTime.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongban.shared.LocalizedText;

/**
 * The renewal's side of the licences (R15.5): the reminders sent and the deemed renewals,
 * each claimed by a unique row so that two nodes scanning at once act once, and the
 * extension of a licence's validity by a deemed renewal. Reads the issued licences
 * without their sealed holder number, which renewal does not need.
 */
@Repository
class RenewalStore {

	private static final String LICENCE = """
			select id, case_id, case_number, matter_code, matter_version, name_zh, name_en, holder_id, valid_until,
				revoked_on, replaced_by
			from licence_licence""";

	private final JdbcClient jdbc;

	RenewalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<RenewableLicence> find(String id) {
		return jdbc.sql(LICENCE + " where id = :id").param("id", id).query(RenewalStore::licence).optional();
	}

	/**
	 * The licences in force whose last valid day lies between the two days and that were
	 * not reminded of it.
	 */
	List<RenewableLicence> unremindedExpiring(LocalDate from, LocalDate to) {
		return jdbc.sql(LICENCE + """
				 l where l.revoked_on is null and l.replaced_by is null and l.valid_until between :from and :to
					and not exists (select 1 from licence_renewal_reminder r
						where r.licence_id = l.id and r.valid_until = l.valid_until)
				order by l.valid_until, l.id""")
			.param("from", from)
			.param("to", to)
			.query(RenewalStore::licence)
			.list();
	}

	/**
	 * Claims the reminder of the licence's expiry on the day, in the caller's
	 * transaction.
	 * @return false if it was claimed already
	 * @throws DuplicateKeyException when another node claims it at the same moment
	 */
	boolean claimReminder(String licenceId, LocalDate validUntil, Instant at) {
		if (jdbc
			.sql("select count(*) from licence_renewal_reminder where licence_id = :licence and valid_until = :until")
			.param("licence", licenceId)
			.param("until", validUntil)
			.query(Long.class)
			.single() > 0) {
			return false;
		}
		jdbc.sql(
				"insert into licence_renewal_reminder (licence_id, valid_until, sent_at) values (:licence, :until, :at)")
			.param("licence", licenceId)
			.param("until", validUntil)
			.param("at", column(at))
			.update();
		return true;
	}

	/**
	 * Records a deemed renewal, which claims it: once per licence and expiry day, and
	 * once per renewal application.
	 * @return false if it was recorded already
	 * @throws DuplicateKeyException when another node records it at the same moment
	 */
	boolean claimDeemedRenewal(DeemedRenewal renewal) {
		if (jdbc.sql("""
				select count(*) from licence_deemed_renewal
				where (licence_id = :licence and old_valid_until = :old) or renewal_case_id = :case""")
			.param("licence", renewal.licenceId())
			.param("old", renewal.oldValidUntil())
			.param("case", renewal.renewalCaseId())
			.query(Long.class)
			.single() > 0) {
			return false;
		}
		jdbc.sql("""
				insert into licence_deemed_renewal (licence_id, old_valid_until, new_valid_until, renewal_case_id,
					renewal_case_number, renewed_at)
				values (:licence, :old, :new, :case, :number, :at)""")
			.param("licence", renewal.licenceId())
			.param("old", renewal.oldValidUntil())
			.param("new", renewal.newValidUntil())
			.param("case", renewal.renewalCaseId())
			.param("number", renewal.renewalCaseNumber())
			.param("at", column(renewal.at()))
			.update();
		return true;
	}

	/**
	 * Extends the validity of a licence in force that is valid until {@code from}.
	 * @return whether it did
	 */
	boolean extend(String licenceId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				update licence_licence set valid_until = :to
				where id = :id and valid_until = :from and revoked_on is null and replaced_by is null""")
			.param("to", to)
			.param("id", licenceId)
			.param("from", from)
			.update() == 1;
	}

	/** The deemed renewals of a licence, the latest first. */
	List<DeemedRenewal> deemedRenewals(String licenceId) {
		return jdbc.sql("""
				select licence_id, old_valid_until, new_valid_until, renewal_case_id, renewal_case_number, renewed_at
				from licence_deemed_renewal where licence_id = :licence order by old_valid_until desc""")
			.param("licence", licenceId)
			.query((row, number) -> new DeemedRenewal(row.getString("licence_id"),
					row.getObject("old_valid_until", LocalDate.class),
					row.getObject("new_valid_until", LocalDate.class), row.getObject("renewal_case_id", UUID.class),
					row.getString("renewal_case_number"), instant(row, "renewed_at")))
			.list();
	}

	private static RenewableLicence licence(ResultSet row, int number) throws SQLException {
		return new RenewableLicence(row.getString("id"), row.getObject("case_id", UUID.class),
				row.getString("case_number"), row.getString("matter_code"), row.getInt("matter_version"),
				LocalizedText.of(row.getString("name_zh"), row.getString("name_en")),
				row.getObject("holder_id", UUID.class), row.getObject("valid_until", LocalDate.class),
				row.getObject("revoked_on", LocalDate.class), row.getString("replaced_by"));
	}

}
