package org.tongban.approval.publicity;

import static org.tongban.shared.persistence.DatabaseTime.column;
import static org.tongban.shared.persistence.DatabaseTime.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.ResultPage;

/** The table of published decisions (R6.1) and the grants still to publish (R15.9). */
@Repository
class PublicityEntries {

	private static final String COLUMNS = """
			id, kind, case_id, case_number, matter_code, matter_name_zh, matter_name_en, department_code,
			department_name_zh, department_name_en, decision_number, decided_on, holder_kind, holder_name, valid_from,
			valid_until, legal_basis, revoked_on, due_on, published_on, published_at, listed_until""";

	private final JdbcClient jdbc;

	PublicityEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return false if the case has an entry of the kind already (the event was delivered
	 * again, or the scan published it)
	 */
	boolean insertIfAbsent(PublicityEntry entry) {
		if (find(entry.caseId(), entry.kind()).isPresent()) {
			return false;
		}
		jdbc.sql("insert into approval_publicity (" + COLUMNS + """
				) values (:id, :kind, :caseId, :caseNumber, :matterCode, :matterZh, :matterEn, :departmentCode,
					:departmentZh, :departmentEn, :decisionNumber, :decidedOn, :holderKind, :holderName, :validFrom,
					:validUntil, :legalBasis, :revokedOn, :dueOn, :publishedOn, :publishedAt, :listedUntil)""")
			.param("id", entry.id())
			.param("kind", entry.kind().name())
			.param("caseId", entry.caseId())
			.param("caseNumber", entry.caseNumber())
			.param("matterCode", entry.matterCode())
			.param("matterZh", entry.matterName().zh())
			.param("matterEn", entry.matterName().en())
			.param("departmentCode", entry.departmentCode())
			.param("departmentZh", entry.departmentName().zh())
			.param("departmentEn", entry.departmentName().en())
			.param("decisionNumber", entry.decisionNumber())
			.param("decidedOn", entry.decidedOn())
			.param("holderKind", entry.holderKind().name())
			.param("holderName", entry.holderName())
			.param("validFrom", entry.validFrom())
			.param("validUntil", entry.validUntil())
			.param("legalBasis", entry.legalBasis())
			.param("revokedOn", entry.revokedOn())
			.param("dueOn", entry.dueOn())
			.param("publishedOn", entry.publishedOn())
			.param("publishedAt", column(entry.publishedAt()))
			.param("listedUntil", entry.listedUntil())
			.update();
		return true;
	}

	Optional<PublicityEntry> find(UUID caseId, PublicityEntry.Kind kind) {
		return jdbc.sql("select " + COLUMNS + " from approval_publicity where case_id = :caseId and kind = :kind")
			.param("caseId", caseId)
			.param("kind", kind.name())
			.query(PublicityEntries::entry)
			.optional();
	}

	/** The validity of the licence the grant gave; false without a grant entry. */
	boolean licensed(UUID caseId, LocalDate validFrom, LocalDate validUntil) {
		return jdbc.sql("""
				update approval_publicity set valid_from = :validFrom, valid_until = :validUntil
				where case_id = :caseId and kind = 'GRANT'""")
			.param("validFrom", validFrom)
			.param("validUntil", validUntil)
			.param("caseId", caseId)
			.update() == 1;
	}

	/** Marks the grant revoked once; false if it was already. */
	boolean revoked(UUID caseId, LocalDate revokedOn) {
		return jdbc.sql("""
				update approval_publicity set revoked_on = :revokedOn
				where case_id = :caseId and kind = 'GRANT' and revoked_on is null""")
			.param("revokedOn", revokedOn)
			.param("caseId", caseId)
			.update() == 1;
	}

	/** The entries listed on the day that the query finds, the latest decisions first. */
	ResultPage<PublicityEntry> search(PublicityQuery query, LocalDate today) {
		var where = new StringBuilder("listed_until >= :today");
		var params = new HashMap<String, Object>();
		params.put("today", today);
		matching(where, params, "matter", query.matter(), "matter_name_zh", "coalesce(matter_name_en, '')",
				"matter_code");
		matching(where, params, "department", query.department(), "department_name_zh",
				"coalesce(department_name_en, '')", "department_code");
		matching(where, params, "holder", query.holder(), "holder_name");
		matching(where, params, "number", query.number(), "decision_number", "case_number");
		if (query.from() != null) {
			where.append(" and decided_on >= :from");
			params.put("from", query.from());
		}
		if (query.to() != null) {
			where.append(" and decided_on <= :to");
			params.put("to", query.to());
		}
		long total = jdbc.sql("select count(*) from approval_publicity where " + where)
			.params(params)
			.query(Long.class)
			.single();
		List<PublicityEntry> items = jdbc
			.sql("select " + COLUMNS + " from approval_publicity where " + where
					+ " order by decided_on desc, published_at desc, id limit :size offset :offset")
			.params(params)
			.param("offset", query.paging().offset())
			.param("size", query.paging().size())
			.query(PublicityEntries::entry)
			.list();
		return query.paging().of(items, total);
	}

	/**
	 * The grants decided from {@code decidedFrom} up to {@code endedBefore} that have no
	 * entry: their publication failed (R15.9).
	 */
	List<Unpublished> unpublishedGrants(Instant decidedFrom, Instant endedBefore) {
		return unpublished("", Map.of(), decidedFrom, endedBefore);
	}

	/**
	 * The case's grant, if decided in the period and without an entry: one case's
	 * look-up, for each of the many deadline warnings, instead of the scan of every
	 * grant.
	 */
	Optional<Unpublished> unpublishedGrant(String caseNumber, Instant decidedFrom, Instant endedBefore) {
		return unpublished(" and c.number = :number", Map.of("number", caseNumber), decidedFrom, endedBefore).stream()
			.findFirst();
	}

	private List<Unpublished> unpublished(String narrowedTo, Map<String, Object> params, Instant decidedFrom,
			Instant endedBefore) {
		return jdbc
			.sql("""
					select c.id, c.number, c.ended_at, c.department_code, c.matter_code, c.matter_name_zh, c.matter_name_en
					from approval_case c
					where c.step in ('GRANTED', 'REVOKED') and c.ended_at >= :from and c.ended_at < :before
						and not exists (select 1 from approval_publicity p where p.case_id = c.id and p.kind = 'GRANT')"""
					+ narrowedTo + " order by c.ended_at")
			.params(params)
			.param("from", column(decidedFrom))
			.param("before", column(endedBefore))
			.query((row, n) -> new Unpublished(row.getObject("id", UUID.class), row.getString("number"),
					instant(row, "ended_at"), row.getString("department_code"), row.getString("matter_code"),
					LocalizedText.of(row.getString("matter_name_zh"), row.getString("matter_name_en"))))
			.list();
	}

	/** When the case was decided, if it ended granted (revoked since or not). */
	Optional<Instant> grantedAt(UUID caseId) {
		return jdbc.sql("select ended_at from approval_case where id = :id and step in ('GRANTED', 'REVOKED')")
			.param("id", caseId)
			.query((row, n) -> instant(row, "ended_at"))
			.optional();
	}

	/** A grant without an entry. */
	record Unpublished(UUID caseId, String number, Instant decidedAt, String departmentCode, String matterCode,
			LocalizedText matterName) {
	}

	/**
	 * Adds the condition that one of the columns contains the text, case-insensitively;
	 * the reader's % and _ are no wildcards.
	 */
	private static void matching(StringBuilder where, Map<String, Object> params, String parameter, String text,
			String... columns) {
		if (text == null) {
			return;
		}
		where.append(Arrays.stream(columns)
			.map(column -> "lower(" + column + ") like :" + parameter + " escape '\\'")
			.collect(Collectors.joining(" or ", " and (", ")")));
		params.put(parameter, "%"
				+ text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
	}

	private static PublicityEntry entry(ResultSet row, int rowNum) throws SQLException {
		return new PublicityEntry(row.getObject("id", UUID.class), PublicityEntry.Kind.valueOf(row.getString("kind")),
				row.getObject("case_id", UUID.class), row.getString("case_number"), row.getString("matter_code"),
				LocalizedText.of(row.getString("matter_name_zh"), row.getString("matter_name_en")),
				row.getString("department_code"),
				LocalizedText.of(row.getString("department_name_zh"), row.getString("department_name_en")),
				row.getString("decision_number"), row.getObject("decided_on", LocalDate.class),
				PublicityEntry.HolderKind.valueOf(row.getString("holder_kind")), row.getString("holder_name"),
				row.getObject("valid_from", LocalDate.class), row.getObject("valid_until", LocalDate.class),
				row.getString("legal_basis"), row.getObject("revoked_on", LocalDate.class),
				row.getObject("due_on", LocalDate.class), row.getObject("published_on", LocalDate.class),
				instant(row, "published_at"), row.getObject("listed_until", LocalDate.class));
	}

}
