package org.tongban.approval.internal;

import static org.tongban.shared.persistence.DatabaseTime.column;
import static org.tongban.shared.persistence.DatabaseTime.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.CaseStep;
import org.tongban.approval.CaseView;
import org.tongban.approval.SpecialPeriodKind;
import org.tongban.shared.LocalizedText;

/**
 * The tables of the approval module: a case row, written whole and guarded by its
 * revision, and its history, which is only ever added to (R5.4, R16.4).
 */
@Repository
class CaseStore {

	private static final String COLUMNS = """
			id, number, applicant_id, applicant_name, matter_code, matter_version, matter_name_zh, matter_name_en,
			department_code, process_key, process_instance_id, step, step_started_at, received_at, accepted_on, special_kind,
			special_reason, special_started_at, special_expected_end, ended_at, revision""";

	private final JdbcClient jdbc;

	CaseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return false if the case was there already (the event was delivered again)
	 */
	boolean insertIfAbsent(CaseRecord record) {
		if (find(record.id()).isPresent()) {
			return false;
		}
		jdbc.sql("insert into approval_case (" + COLUMNS
				+ """
						) values (:id, :number, :applicantId, :applicantName, :matterCode, :matterVersion, :matterNameZh,
							:matterNameEn, :departmentCode, :processKey, :processInstanceId, :step, :stepStartedAt, :receivedAt, :acceptedOn,
							:specialKind, :specialReason, :specialStartedAt, :specialExpectedEnd, :endedAt, :revision)""")
			.paramSource(parameters(record))
			.update();
		return true;
	}

	/**
	 * Writes a case read at {@code record.revision()} and returns it at its next
	 * revision.
	 * @throws OptimisticLockingFailureException if somebody else changed it since
	 */
	CaseRecord update(CaseRecord record) {
		int updated = jdbc
			.sql("""
					update approval_case set process_instance_id = :processInstanceId, step = :step,
						step_started_at = :stepStartedAt, accepted_on = :acceptedOn, special_kind = :specialKind, special_reason = :specialReason,
						special_started_at = :specialStartedAt, special_expected_end = :specialExpectedEnd,
						ended_at = :endedAt, revision = :revision + 1
					where id = :id and revision = :revision""")
			.paramSource(parameters(record))
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Case " + record.number() + " changed meanwhile");
		}
		return find(record.id()).orElseThrow();
	}

	Optional<CaseRecord> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from approval_case where id = :id")
			.param("id", id)
			.query(this::record)
			.optional();
	}

	Optional<CaseRecord> findByNumber(String number) {
		return jdbc.sql("select " + COLUMNS + " from approval_case where number = :number")
			.param("number", number)
			.query(this::record)
			.optional();
	}

	/**
	 * The cases of the given process instances, in one query for a whole page of a work
	 * queue.
	 */
	/**
	 * The day each open case was accepted, a page at a time in the order of their ids,
	 * after {@code after}.
	 */
	Map<UUID, LocalDate> openAccepted(UUID after, int limit) {
		var accepted = new LinkedHashMap<UUID, LocalDate>();
		jdbc.sql("select id, accepted_on from approval_case where accepted_on is not null and ended_at is null"
				+ (after == null ? "" : " and id > :after") + " order by id limit :limit")
			.params(after == null ? Map.of("limit", limit) : Map.of("after", after, "limit", limit))
			.query(row -> {
				accepted.put(row.getObject("id", UUID.class), row.getObject("accepted_on", LocalDate.class));
			});
		return accepted;
	}

	List<CaseRecord> findByProcessInstances(Collection<String> processInstanceIds) {
		if (processInstanceIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from approval_case where process_instance_id in (:instances)")
			.param("instances", processInstanceIds)
			.query(this::record)
			.list();
	}

	void record(UUID caseId, CaseView.HistoryEntry entry, UUID actorId) {
		jdbc.sql("""
				insert into approval_history (id, case_id, happened_at, actor_id, actor_name, actor_role,
					department_code, step, action, opinion, outcome)
				values (:id, :caseId, :at, :actorId, :actorName, :role, :department, :step, :action, :opinion,
					:outcome)""")
			.param("id", UUID.randomUUID())
			.param("caseId", caseId)
			.param("at", column(entry.at()))
			.param("actorId", actorId)
			.param("actorName", entry.actorName())
			.param("role", entry.role())
			.param("department", entry.departmentCode())
			.param("step", entry.step())
			.param("action", entry.action())
			.param("opinion", entry.opinion())
			.param("outcome", entry.outcome())
			.update();
	}

	/**
	 * What one member of staff did in each of the cases, by step and action, for the
	 * rules of R12.7.
	 */
	List<Done> doneBy(UUID actorId, Collection<UUID> caseIds) {
		if (caseIds.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select case_id, step, action from approval_history where actor_id = :actor"
					+ " and case_id in (:cases)")
			.param("actor", actorId)
			.param("cases", caseIds)
			.query((row, rowNum) -> new Done(row.getObject("case_id", UUID.class), step(row.getString("step")),
					row.getString("action")))
			.list();
	}

	/**
	 * A step of a case (null for what was done after it ended) and what a member of staff
	 * did at it.
	 */
	record Done(UUID caseId, CaseStep step, String action) {
	}

	/** The history of a case, oldest first. */
	List<CaseView.HistoryEntry> history(UUID caseId) {
		return jdbc.sql("""
				select happened_at, actor_name, actor_role, department_code, step, action, opinion, outcome
				from approval_history where case_id = :caseId order by entry_order""")
			.param("caseId", caseId)
			.query((row, rowNum) -> new CaseView.HistoryEntry(instant(row, "happened_at"), row.getString("actor_name"),
					row.getString("actor_role"), row.getString("department_code"), row.getString("step"),
					row.getString("action"), row.getString("opinion"), row.getString("outcome")))
			.list();
	}

	/**
	 * A step of the history: null for what was done after the case ended, at its end
	 * state.
	 */
	private static CaseStep step(String code) {
		return CaseStep.isCode(code) ? CaseStep.valueOf(code) : null;
	}

	private CaseRecord record(ResultSet row, int rowNum) throws SQLException {
		String kind = row.getString("special_kind");
		// The step column holds the step under way, or the end state of an ended case.
		String state = row.getString("step");
		Instant ended = instant(row, "ended_at");
		CaseView.SpecialPeriod special = kind == null ? null
				: new CaseView.SpecialPeriod(SpecialPeriodKind.valueOf(kind), row.getString("special_reason"),
						instant(row, "special_started_at"), row.getObject("special_expected_end", LocalDate.class));
		return new CaseRecord(row.getObject("id", UUID.class), row.getString("number"),
				row.getObject("applicant_id", UUID.class), row.getString("applicant_name"),
				row.getString("matter_code"), row.getInt("matter_version"),
				LocalizedText.of(row.getString("matter_name_zh"), row.getString("matter_name_en")),
				row.getString("department_code"), row.getString("process_key"), row.getString("process_instance_id"),
				ended == null ? CaseStep.valueOf(state) : null, instant(row, "step_started_at"),
				instant(row, "received_at"), row.getObject("accepted_on", LocalDate.class), special,
				ended == null ? null : ApplicationStatus.valueOf(state), ended, row.getInt("revision"));
	}

	private static MapSqlParameterSource parameters(CaseRecord record) {
		var special = record.specialPeriod();
		return new MapSqlParameterSource().addValue("id", record.id())
			.addValue("number", record.number())
			.addValue("applicantId", record.applicantId())
			.addValue("applicantName", record.applicantName())
			.addValue("matterCode", record.matterCode())
			.addValue("matterVersion", record.matterVersion())
			.addValue("matterNameZh", record.matterName().zh())
			.addValue("matterNameEn", record.matterName().en())
			.addValue("departmentCode", record.departmentCode())
			.addValue("processKey", record.processKey())
			.addValue("processInstanceId", record.processInstanceId())
			.addValue("step", record.stateCode())
			.addValue("stepStartedAt", column(record.stepStartedAt()))
			.addValue("receivedAt", column(record.receivedAt()))
			.addValue("acceptedOn", record.acceptedOn())
			.addValue("specialKind", special == null ? null : special.kind().name())
			.addValue("specialReason", special == null ? null : special.reason())
			.addValue("specialStartedAt", special == null ? null : column(special.startedAt()))
			.addValue("specialExpectedEnd", special == null ? null : special.expectedEnd())
			.addValue("endedAt", column(record.endedAt()))
			.addValue("revision", record.revision());
	}

}
