package org.tongban.application.internal;

import static org.tongban.shared.persistence.DatabaseTime.column;
import static org.tongban.shared.persistence.DatabaseTime.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.BundleApplication;
import org.tongban.application.BundleStatus;
import org.tongban.application.CaseMessage;
import org.tongban.application.Receipt;
import org.tongban.catalog.Bundle;
import org.tongban.catalog.MatterCatalog;
import org.tongban.identity.AccountKind;
import org.tongban.shared.LocalizedText;

/**
 * The bundle applications (R2.5): a row per bundle, and on each member application the
 * bundle and stage it belongs to. A member is an application row of its own, written by
 * {@link ApplicationStore}; a bundle's status only moves forward, each move guarded by
 * the status it moves from.
 */
@Repository
public class BundleStore {

	private static final String COLUMNS = """
			id, applicant_id, bundle_code, bundle_name_zh, bundle_name_en, lead_department_code, status, number,
			received_at""";

	private final JdbcClient jdbc;

	private final SealedAnswers sealed;

	private final MatterCatalog catalog;

	BundleStore(JdbcClient jdbc, SealedAnswers sealed, MatterCatalog catalog) {
		this.jdbc = jdbc;
		this.sealed = sealed;
		this.catalog = catalog;
	}

	/** Records a new draft bundle, its members being drafts already stored. */
	public void insert(BundleApplication bundle, AccountKind applicantKind, Instant at) {
		jdbc.sql("""
				insert into application_bundle (id, applicant_id, applicant_kind, bundle_code, bundle_name_zh,
					bundle_name_en, lead_department_code, status, created_at, updated_at, revision)
				values (:id, :applicant, :kind, :code, :nameZh, :nameEn, :lead, :status, :at, :at, 1)""")
			.param("id", bundle.id())
			.param("applicant", bundle.applicantId())
			.param("kind", applicantKind.name())
			.param("code", bundle.bundleCode())
			.param("nameZh", bundle.bundleName().zh())
			.param("nameEn", bundle.bundleName().en())
			.param("lead", bundle.leadDepartmentCode())
			.param("status", bundle.status().name())
			.param("at", column(at))
			.update();
		bundle.members()
			.forEach(member -> jdbc
				.sql("update application_application set bundle_id = :bundle, bundle_stage = :stage where id = :id")
				.param("bundle", bundle.id())
				.param("stage", member.stage())
				.param("id", member.applicationId())
				.update());
	}

	/**
	 * Records the receipt of a draft bundle.
	 * @return false if it was no longer a draft
	 */
	public boolean submitted(UUID bundleId, Receipt receipt) {
		return jdbc.sql("""
				update application_bundle set status = 'SUBMITTED', number = :number, query_code_sealed = :code,
					received_at = :at, clock_starts_on = :startsOn, updated_at = :at, revision = revision + 1
				where id = :id and status = 'DRAFT'""")
			.param("number", receipt.number())
			.param("code", sealed.seal(receipt.queryCode()))
			.param("at", column(receipt.receivedAt()))
			.param("startsOn", receipt.clockStartsOn())
			.param("id", bundleId)
			.update() == 1;
	}

	/**
	 * Ends a submitted bundle: finished or withdrawn.
	 * @return false if it had ended already
	 */
	public boolean ended(UUID bundleId, BundleStatus status, Instant at) {
		return jdbc.sql("""
				update application_bundle set status = :status, finished_at = :at, updated_at = :at,
					revision = revision + 1
				where id = :id and status = 'SUBMITTED'""")
			.param("status", status.name())
			.param("at", column(at))
			.param("id", bundleId)
			.update() == 1;
	}

	public Optional<BundleApplication> find(UUID bundleId) {
		return jdbc.sql("select " + COLUMNS + " from application_bundle where id = :id")
			.param("id", bundleId)
			.query(this::bundle)
			.optional();
	}

	public Optional<BundleApplication> findByNumber(String number) {
		return jdbc.sql("select " + COLUMNS + " from application_bundle where number = :number")
			.param("number", number)
			.query(this::bundle)
			.optional();
	}

	/** The applicant's bundles, the most recently changed first. */
	public List<BundleApplication> of(UUID applicantId) {
		return jdbc
			.sql("select " + COLUMNS + " from application_bundle where applicant_id = :applicant"
					+ " order by updated_at desc, id")
			.param("applicant", applicantId)
			.query(this::bundle)
			.list();
	}

	/** The receipt of a submitted bundle: its number, query code and clock start day. */
	public Optional<Receipt> receipt(UUID bundleId) {
		return jdbc.sql("""
				select number, query_code_sealed, received_at, clock_starts_on from application_bundle
				where id = :id and number is not null""")
			.param("id", bundleId)
			.query((row, rowNum) -> new Receipt(row.getString("number"),
					sealed.openSecret(row.getString("query_code_sealed")), instant(row, "received_at"),
					row.getObject("clock_starts_on", LocalDate.class), null))
			.optional();
	}

	/** The bundle an application is a member of, if it is one. */
	public Optional<UUID> bundleOf(UUID applicationId) {
		return jdbc.sql("select bundle_id from application_application where id = :id and bundle_id is not null")
			.param("id", applicationId)
			.query(UUID.class)
			.optional();
	}

	/** Records the member of an earlier stage that a stopped member waited for. */
	public void stoppedBecause(UUID applicationId, String number) {
		jdbc.sql("update application_application set stopped_because = :number where id = :id")
			.param("number", number)
			.param("id", applicationId)
			.update();
	}

	/** The member of an earlier stage a stopped member waited for, if it was stopped. */
	public Optional<String> stoppedBecause(UUID applicationId) {
		return jdbc
			.sql("select stopped_because from application_application where id = :id and stopped_because is not null")
			.param("id", applicationId)
			.query(String.class)
			.optional();
	}

	public void addMessage(UUID bundleId, CaseMessage message) {
		jdbc.sql("""
				insert into application_bundle_message (bundle_id, seq, department_code, body, sent_at)
				values (:bundle, (select coalesce(max(seq), 0) + 1 from application_bundle_message
					where bundle_id = :bundle), :department, :body, :sentAt)""")
			.param("bundle", bundleId)
			.param("department", message.departmentCode())
			.param("body", message.body())
			.param("sentAt", column(message.sentAt()))
			.update();
	}

	/** The lead department's messages on the bundle, the oldest first. */
	public List<CaseMessage> messages(UUID bundleId) {
		return jdbc.sql("""
				select department_code, body, sent_at from application_bundle_message where bundle_id = :bundle
				order by seq""")
			.param("bundle", bundleId)
			.query((row, rowNum) -> new CaseMessage("DEPARTMENT", row.getString("department_code"),
					row.getString("body"), instant(row, "sent_at")))
			.list();
	}

	private BundleApplication bundle(ResultSet row, int rowNum) throws SQLException {
		UUID id = row.getObject("id", UUID.class);
		String code = row.getString("bundle_code");
		return new BundleApplication(id, row.getObject("applicant_id", UUID.class), code,
				LocalizedText.of(row.getString("bundle_name_zh"), row.getString("bundle_name_en")),
				row.getString("lead_department_code"), BundleStatus.valueOf(row.getString("status")),
				row.getString("number"), instant(row, "received_at"), members(id, code));
	}

	/** The members in the bundle's order, stage by stage. */
	private List<BundleApplication.Member> members(UUID bundleId, String bundleCode) {
		List<String> order = catalog.bundle(bundleCode).items().stream().map(Bundle.Item::matterCode).toList();
		return jdbc.sql("""
				select id, number, matter_code, matter_name_zh, matter_name_en, department_code, bundle_stage, status
				from application_application where bundle_id = :bundle order by bundle_stage""")
			.param("bundle", bundleId)
			.query((row, rowNum) -> new BundleApplication.Member(row.getObject("id", UUID.class),
					row.getString("number"), row.getString("matter_code"),
					LocalizedText.of(row.getString("matter_name_zh"), row.getString("matter_name_en")),
					row.getString("department_code"), row.getInt("bundle_stage"),
					ApplicationStatus.valueOf(row.getString("status"))))
			.list()
			.stream()
			.sorted(Comparator.comparingInt(BundleApplication.Member::stage)
				.thenComparingInt(member -> order.indexOf(member.matterCode())))
			.toList();
	}

}
