package org.tongban.supervision.accountability;

import static org.tongban.shared.persistence.DatabaseTime.column;
import static org.tongban.shared.persistence.DatabaseTime.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.audit.AuditActor;
import org.tongban.supervision.CaseClock;
import org.tongban.supervision.CaseClock.StepClock;
import org.tongban.supervision.CaseClocks;
import org.tongban.supervision.CaseHandlers;
import org.tongban.supervision.DeadlineWarned;
import org.tongban.supervision.accountability.AccountabilityRecord.Finding;
import org.tongban.supervision.accountability.AccountabilityRecord.Status;

/**
 * Accountability records (问责记录, R8.3, issue 15 item 3): one for each case whose case
 * clock goes red, opened as the red warning is raised (in its transaction, so that it is
 * opened once, whichever node raises it; the unique case id says so too), naming the step
 * under way and the officer who held it. The department's approver or administrator
 * answers with the reason, the supervisor records the finding and the action taken, then
 * closes it. Nobody answers for another department, the supervisor does not answer for
 * the department, and the department does not record the finding. Every change is
 * audited.
 */
@Service
@Transactional
class Accountabilities {

	/** The longest reason or action taken, as the columns keep them. */
	static final int MAX_TEXT = 2000;

	static final String OBJECT_TYPE = "accountability";

	private final JdbcClient jdbc;

	private final CaseClocks clocks;

	private final ObjectProvider<CaseHandlers> handlers;

	private final Audit audit;

	private final Clock clock;

	Accountabilities(JdbcClient jdbc, CaseClocks clocks, ObjectProvider<CaseHandlers> handlers, Audit audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.clocks = clocks;
		this.handlers = handlers;
		this.audit = audit;
		this.clock = clock;
	}

	/** A case clock went red: its record is opened, once. */
	@EventListener
	void on(DeadlineWarned warned) {
		if (warned.level() == DeadlineWarned.Level.RED && warned.step() == null) {
			open(warned.caseId(), warned.caseNumber(), warned.dueOn());
		}
	}

	/**
	 * @return whether this call opened it (false when the case has one already)
	 */
	boolean open(UUID caseId, String caseNumber, LocalDate dueOn) {
		String step = clocks.of(caseId).flatMap(Accountabilities::stepUnderWay).orElse(null);
		Optional<CaseHandlers.Handler> officer = Optional.ofNullable(handlers.getIfAvailable())
			.flatMap(found -> found.of(caseId, step));
		UUID id = UUID.randomUUID();
		int opened = jdbc.sql("""
				insert into supervision_accountability (id, case_id, case_number, department_code, step, officer_id,
					officer_name, due_on, status, opened_at, version)
				select :id, c.case_id, :caseNumber, c.department_code, :step, :officerId, :officerName, :dueOn,
					'OPEN', :openedAt, 0
				from supervision_clock c
				where c.case_id = :caseId
					and not exists (select 1 from supervision_accountability a where a.case_id = :caseId)""")
			.param("id", id)
			.param("caseId", caseId)
			.param("caseNumber", caseNumber)
			.param("step", step)
			.param("officerId", officer.map(CaseHandlers.Handler::accountId).orElse(null))
			.param("officerName", officer.map(CaseHandlers.Handler::name).orElse(null))
			.param("dueOn", dueOn)
			.param("openedAt", column(clock.instant()))
			.update();
		if (opened == 1) {
			audit.succeeded(AuditActor.PLATFORM, "accountability.open", OBJECT_TYPE, id, "case " + caseNumber);
		}
		return opened == 1;
	}

	/**
	 * The step whose clock is open, the latest if several; else the last step that ran.
	 */
	private static Optional<String> stepUnderWay(CaseClock reading) {
		List<StepClock> steps = reading.steps();
		return steps.stream()
			.filter(step -> step.finishedAt() == null)
			.reduce((first, second) -> second)
			.or(() -> steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1)))
			.map(StepClock::step);
	}

	/** Every record, the open ones first, then the newest, for the supervisor. */
	@Transactional(readOnly = true)
	List<AccountabilityRecord> all(Actor supervisor) {
		requireSupervisor(supervisor);
		return read(jdbc.sql(SELECT + " order by a.opened_at desc").query(Row::of).list());
	}

	/** A record, for the supervisor. */
	@Transactional(readOnly = true)
	AccountabilityRecord get(Actor supervisor, UUID id) {
		requireSupervisor(supervisor);
		return find(id);
	}

	/** The records of the departments the actor answers for. */
	@Transactional(readOnly = true)
	List<AccountabilityRecord> ofDepartments(Actor staff) {
		List<String> departments = answeringDepartments(staff);
		if (departments.isEmpty()) {
			throw new RefusedException(Refusal.FORBIDDEN, "supervision.accountability.notAnswering");
		}
		return read(jdbc.sql(SELECT + " where a.department_code in (:departments) order by a.opened_at desc")
			.param("departments", departments)
			.query(Row::of)
			.list());
	}

	/**
	 * A record of a department the actor answers for; one of another department is not
	 * found, as one that does not exist.
	 */
	@Transactional(readOnly = true)
	AccountabilityRecord ofDepartment(Actor staff, UUID id) {
		List<String> departments = answeringDepartments(staff);
		if (departments.isEmpty()) {
			throw new RefusedException(Refusal.FORBIDDEN, "supervision.accountability.notAnswering");
		}
		AccountabilityRecord record = find(id);
		if (!departments.contains(record.departmentCode())) {
			throw new NotFoundException("supervision.accountability.notFound", id);
		}
		return record;
	}

	/** The department's reason for the delay. */
	AccountabilityRecord answer(Actor staff, UUID id, String reason) {
		AccountabilityRecord record = ofDepartment(staff, id);
		String given = required("reason", reason);
		move(record, Status.OPEN, Status.ANSWERED, """
				update supervision_accountability set status = 'ANSWERED', reason = :text, answered_by = :by,
					answered_at = :at, version = version + 1
				where id = :id and status = 'OPEN'""", given, null, staff);
		audit.succeeded(staff.audited(), "accountability.answer", OBJECT_TYPE, id, "case " + record.caseNumber());
		return find(id);
	}

	/** The supervisor's finding and the action taken. */
	AccountabilityRecord finding(Actor supervisor, UUID id, Finding finding, String actionTaken) {
		requireSupervisor(supervisor);
		AccountabilityRecord record = find(id);
		if (finding == null) {
			throw new InvalidParameterException("finding", "supervision.accountability.findingMissing");
		}
		String action = required("actionTaken", actionTaken);
		move(record, Status.ANSWERED, Status.FOUND, """
				update supervision_accountability set status = 'FOUND', finding = :finding, action_taken = :text,
					found_by = :by, found_at = :at, version = version + 1
				where id = :id and status = 'ANSWERED'""", action, finding, supervisor);
		audit.succeeded(supervisor.audited(), "accountability.finding", OBJECT_TYPE, id,
				"case " + record.caseNumber() + " " + finding);
		return find(id);
	}

	/** The supervisor closes a record whose finding is recorded. */
	AccountabilityRecord close(Actor supervisor, UUID id) {
		requireSupervisor(supervisor);
		AccountabilityRecord record = find(id);
		move(record, Status.FOUND, Status.CLOSED, """
				update supervision_accountability set status = 'CLOSED', closed_by = :by, closed_at = :at,
					version = version + 1
				where id = :id and status = 'FOUND'""", null, null, supervisor);
		audit.succeeded(supervisor.audited(), "accountability.close", OBJECT_TYPE, id, "case " + record.caseNumber());
		return find(id);
	}

	private void move(AccountabilityRecord record, Status from, Status to, String sql, String text, Finding finding,
			Actor actor) {
		if (record.status() != from) {
			throw new RefusedException(Refusal.CONFLICT, "supervision.accountability.notAt." + to);
		}
		var statement = jdbc.sql(sql)
			.param("id", record.id())
			.param("by", actor.id())
			.param("at", column(clock.instant()));
		if (sql.contains(":text")) {
			statement = statement.param("text", text);
		}
		if (finding != null) {
			statement = statement.param("finding", finding.name());
		}
		if (statement.update() != 1) {
			// Another request moved it meanwhile.
			throw new RefusedException(Refusal.CONFLICT, "supervision.accountability.notAt." + to);
		}
	}

	private static String required(String parameter, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidParameterException(parameter, "supervision.accountability.missing");
		}
		if (value.strip().length() > MAX_TEXT) {
			throw new InvalidParameterException(parameter, "supervision.accountability.tooLong", MAX_TEXT);
		}
		return value.strip();
	}

	private static void requireSupervisor(Actor actor) {
		if (!actor.has(Role.SUPERVISOR)) {
			throw new RefusedException(Refusal.FORBIDDEN, "supervision.accountability.supervisorsOnly");
		}
	}

	/** The departments in which the actor is approver or department administrator. */
	private static List<String> answeringDepartments(Actor staff) {
		return staff.roles()
			.stream()
			.filter(held -> held.role() == Role.APPROVER || held.role() == Role.DEPARTMENT_ADMIN)
			.map(DepartmentRole::department)
			.distinct()
			.toList();
	}

	private AccountabilityRecord find(UUID id) {
		Objects.requireNonNull(id, "id");
		return read(jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(Row::of).list()).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("supervision.accountability.notFound", id));
	}

	/** The rows with their days overdue, as the clocks read now. */
	private List<AccountabilityRecord> read(List<Row> rows) {
		Map<UUID, CaseClock> readings = clocks.of(rows.stream().map(Row::caseId).toList());
		return rows.stream()
			.map(row -> row.record(overdue(readings.get(row.caseId()))))
			.sorted(Comparator.comparing((AccountabilityRecord record) -> record.status() == Status.CLOSED))
			.toList();
	}

	private static int overdue(CaseClock reading) {
		return reading == null || reading.remainingDays() == null ? 0 : Math.max(0, -reading.remainingDays());
	}

	private static final String SELECT = """
			select a.id, a.case_id, a.case_number, a.department_code, a.step, a.officer_id, a.officer_name, a.due_on,
				a.status, a.opened_at, a.reason, a.answered_at, a.finding, a.action_taken, a.found_at, a.closed_at
			from supervision_accountability a""";

	private record Row(UUID id, UUID caseId, String caseNumber, String departmentCode, String step, UUID officerId,
			String officerName, LocalDate dueOn, Status status, Instant openedAt, String reason, Instant answeredAt,
			Finding finding, String actionTaken, Instant foundAt, Instant closedAt) {

		static Row of(ResultSet rs, int n) throws SQLException {
			String finding = rs.getString("finding");
			return new Row(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
					rs.getString("case_number"), rs.getString("department_code"), rs.getString("step"),
					rs.getObject("officer_id", UUID.class), rs.getString("officer_name"),
					rs.getObject("due_on", LocalDate.class), Status.valueOf(rs.getString("status")),
					instant(rs, "opened_at"), rs.getString("reason"), instant(rs, "answered_at"),
					finding == null ? null : Finding.valueOf(finding), rs.getString("action_taken"),
					instant(rs, "found_at"), instant(rs, "closed_at"));
		}

		AccountabilityRecord record(int daysOverdue) {
			return new AccountabilityRecord(id, caseId, caseNumber, departmentCode, step, officerId, officerName, dueOn,
					daysOverdue, status, openedAt, reason, answeredAt, finding, actionTaken, foundAt, closedAt);
		}

	}

}
