package org.tongban.supervision.clock;

import static org.tongban.shared.persistence.DatabaseTime.column;
import static org.tongban.shared.persistence.DatabaseTime.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongban.supervision.CaseClock;
import org.tongban.supervision.CaseClock.Extension;
import org.tongban.supervision.CaseClock.Pause;
import org.tongban.supervision.CaseClock.StepClock;
import org.tongban.supervision.PauseReason;

/**
 * The tables {@code supervision_clock} and its pauses, extension and steps. A clock is
 * written whole and guarded by its version, except its start, which is set once (at the
 * start, or when the calendar can date it); pauses and steps are few, so they are written
 * again with it.
 */
@Repository
class LegalClockStore {

	private final JdbcClient jdbc;

	LegalClockStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A clock and the version it was read at. */
	record Stored(LegalClock clock, long version) {
	}

	/**
	 * @param yellowDays the warning thresholds the clock keeps for its life
	 */
	void insert(LegalClock clock, YellowDays yellowDays) {
		jdbc.sql("""
				insert into supervision_clock (case_id, case_number, received_at, starts_on, statutory_limit_days,
					committed_limit_days, joint, stopped_at, case_yellow_days, step_yellow_days, version)
				values (:caseId, :number, :receivedAt, :startsOn, :statutory, :committed, :joint, :stoppedAt,
					:caseYellowDays, :stepYellowDays, 0)""")
			.param("caseYellowDays", yellowDays.caseDays())
			.param("stepYellowDays", yellowDays.stepDays())
			.param("caseId", clock.caseId())
			.param("number", clock.caseNumber())
			.param("receivedAt", column(clock.receivedAt()))
			.param("startsOn", clock.startsOn())
			.param("statutory", clock.statutoryLimitDays())
			.param("committed", clock.committedLimitDays())
			.param("joint", clock.joint())
			.param("stoppedAt", column(clock.stoppedAt()))
			.update();
		insertParts(clock);
	}

	/**
	 * Writes a clock that was read at {@code version}.
	 * @throws OptimisticLockingFailureException if it was changed since
	 */
	void update(LegalClock clock, long version) {
		int updated = jdbc.sql("""
				update supervision_clock set stopped_at = :stoppedAt, version = :version + 1
				where case_id = :caseId and version = :version""")
			.param("caseId", clock.caseId())
			.param("stoppedAt", column(clock.stoppedAt()))
			.param("version", version)
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Clock of case " + clock.caseNumber() + " changed meanwhile");
		}
		for (String table : List.of("supervision_clock_pause", "supervision_clock_extension",
				"supervision_clock_step")) {
			jdbc.sql("delete from " + table + " where case_id = :caseId").param("caseId", clock.caseId()).update();
		}
		insertParts(clock);
	}

	// The clock row is read before its parts: should another node change the clock in
	// between, the parts read are
	// newer than the version, and writing them back is refused rather than undoing that
	// change.
	Optional<Stored> find(UUID caseId) {
		return findAll(List.of(caseId)).stream().findFirst();
	}

	/**
	 * The clocks of many cases in four queries, e.g. for a work queue; cases without a
	 * clock are left out.
	 */
	List<Stored> findAll(Collection<UUID> caseIds) {
		if (caseIds.isEmpty()) {
			return List.of();
		}
		List<Header> headers = jdbc.sql("""
				select case_id, case_number, received_at, starts_on, accepted_on, statutory_limit_days,
					committed_limit_days, joint, stopped_at, version
				from supervision_clock where case_id in (:caseIds)""")
			.param("caseIds", caseIds)
			.query((row, n) -> new Header(row.getObject("case_id", UUID.class), row.getString("case_number"),
					instant(row, "received_at"), row.getObject("starts_on", LocalDate.class),
					row.getObject("accepted_on", LocalDate.class), row.getInt("statutory_limit_days"),
					row.getInt("committed_limit_days"), row.getBoolean("joint"), instant(row, "stopped_at"),
					row.getLong("version")))
			.list();
		if (headers.isEmpty()) {
			return List.of();
		}
		List<UUID> found = headers.stream().map(Header::caseId).toList();
		Map<UUID, List<Pause>> pauses = byCase(found, """
				select case_id, reason, note, started_at, ended_at from supervision_clock_pause
				where case_id in (:caseIds) order by case_id, seq_no""",
				row -> new Pause(PauseReason.valueOf(row.getString("reason")), row.getString("note"),
						instant(row, "started_at"), instant(row, "ended_at")));
		Map<UUID, List<Extension>> extensions = byCase(found, """
				select case_id, extension_days, reason, approver_id, extended_at from supervision_clock_extension
				where case_id in (:caseIds)""", row -> new Extension(row.getInt("extension_days"),
				row.getString("reason"), row.getObject("approver_id", UUID.class), instant(row, "extended_at")));
		Map<UUID, List<LegalClock.Step>> steps = byCase(found, """
				select case_id, step, limit_days, started_at, finished_at from supervision_clock_step
				where case_id in (:caseIds) order by case_id, seq_no""",
				row -> new LegalClock.Step(row.getString("step"), row.getInt("limit_days"), instant(row, "started_at"),
						instant(row, "finished_at")));
		return headers.stream()
			.map(header -> new Stored(new LegalClock(header.caseId(), header.caseNumber(), header.receivedAt(),
					header.startsOn(), header.acceptedOn(), header.statutoryLimitDays(), header.committedLimitDays(),
					header.joint(), pauses.getOrDefault(header.caseId(), List.of()),
					extensions.getOrDefault(header.caseId(), List.of()).stream().findFirst().orElse(null),
					steps.getOrDefault(header.caseId(), List.of()), header.stoppedAt()), header.version()))
			.toList();
	}

	private <T> Map<UUID, List<T>> byCase(Collection<UUID> caseIds, String sql, Part<T> part) {
		Map<UUID, List<T>> parts = new HashMap<>();
		jdbc.sql(sql)
			.param("caseIds", caseIds)
			.query((RowCallbackHandler) row -> parts
				.computeIfAbsent(row.getObject("case_id", UUID.class), id -> new ArrayList<>())
				.add(part.of(row)));
		return parts;
	}

	@FunctionalInterface
	private interface Part<T> {

		T of(ResultSet row) throws SQLException;

	}

	private record Header(UUID caseId, String caseNumber, Instant receivedAt, LocalDate startsOn, LocalDate acceptedOn,
			int statutoryLimitDays, int committedLimitDays, boolean joint, Instant stoppedAt, long version) {
	}

	/**
	 * The running clocks whose start a change of the year's calendar may move: those not
	 * dated yet, and those that start in that year; with the moment they were received
	 * and the start they have.
	 */
	List<Start> startsToDate(Year year) {
		return jdbc.sql("""
				select case_id, received_at, accepted_on, starts_on from supervision_clock
				where stopped_at is null and (starts_on is null or starts_on between :first and :last)""")
			.param("first", year.atDay(1))
			.param("last", year.atMonth(12).atEndOfMonth())
			.query((row, n) -> new Start(row.getObject("case_id", UUID.class), instant(row, "received_at"),
					row.getObject("accepted_on", LocalDate.class), row.getObject("starts_on", LocalDate.class)))
			.list();
	}

	/**
	 * @param acceptedOn the day the case was accepted, after which the decision limits
	 * count; null before
	 * @param startsOn null while not dated
	 */
	record Start(UUID caseId, Instant receivedAt, LocalDate acceptedOn, LocalDate startsOn) {
	}

	/**
	 * Records the acceptance and the start it gives (R15.3). Not a change guarded by the
	 * version, for the reason {@link #date(Start, LocalDate)} gives.
	 */
	void accepted(UUID caseId, LocalDate acceptedOn, LocalDate startsOn) {
		jdbc.sql(
				"update supervision_clock set accepted_on = :acceptedOn, starts_on = :startsOn where case_id = :caseId")
			.param("caseId", caseId)
			.param("acceptedOn", acceptedOn)
			.param("startsOn", startsOn)
			.update();
	}

	/** Of the cases, those whose clock has no acceptance recorded. */
	Set<UUID> withoutAcceptance(Collection<UUID> caseIds) {
		if (caseIds.isEmpty()) {
			return Set.of();
		}
		return Set
			.copyOf(jdbc.sql("select case_id from supervision_clock where accepted_on is null and case_id in (:ids)")
				.param("ids", caseIds)
				.query(UUID.class)
				.list());
	}

	/**
	 * Moves the start of a clock from what it was read as, and only then (R15.1: the
	 * working day after receipt, by the calendar as now published). Not a change guarded
	 * by the version: the start is written here only, so a change under way at the same
	 * time neither undoes it nor needs to be refused.
	 */
	void date(Start start, LocalDate startsOn) {
		var update = jdbc
			.sql("update supervision_clock set starts_on = :startsOn where case_id = :caseId and "
					+ (start.startsOn() == null ? "starts_on is null" : "starts_on = :was"))
			.param("caseId", start.caseId())
			.param("startsOn", startsOn);
		(start.startsOn() == null ? update : update.param("was", start.startsOn())).update();
	}

	/**
	 * The yellow warning thresholds of a clock (R8.3), in working days before the due
	 * day.
	 *
	 * @param caseDays of the case clock; null for the platform's default
	 * @param stepDays of each step clock; null for the platform's default
	 */
	record YellowDays(Integer caseDays, Integer stepDays) {
	}

	/**
	 * The thresholds the clock learned when it started; nulls for one started before
	 * clocks kept them (migration V2026120801).
	 */
	YellowDays yellowDays(UUID caseId) {
		return jdbc.sql("select case_yellow_days, step_yellow_days from supervision_clock where case_id = :caseId")
			.param("caseId", caseId)
			.query((row, n) -> new YellowDays(row.getObject("case_yellow_days", Integer.class),
					row.getObject("step_yellow_days", Integer.class)))
			.optional()
			.orElse(new YellowDays(null, null));
	}

	/** The first yellow days kept of the running case clocks among these cases. */
	Map<UUID, LocalDate> yellowOn(Collection<UUID> caseIds) {
		Map<UUID, LocalDate> yellowOn = new HashMap<>();
		if (!caseIds.isEmpty()) {
			jdbc.sql("select case_id, yellow_on from supervision_clock where case_id in (:caseIds)"
					+ " and yellow_on is not null")
				.param("caseIds", caseIds)
				.query((RowCallbackHandler) row -> yellowOn.put(row.getObject("case_id", UUID.class),
						row.getObject("yellow_on", LocalDate.class)));
		}
		return yellowOn;
	}

	/**
	 * Keeps the due days of a clock's reading on its rows, and the first days they are
	 * yellow, for the warning scan: those of the case clock and of each open step clock;
	 * null while the clock is paused (a paused clock's due days move with every working
	 * day of the pause, so they are not meaningful), stopped, or not dated.
	 * @param caseYellowOn the first yellow day of the case clock's due day
	 * @param stepYellowOn the first yellow day of a step clock's due day
	 */
	void due(CaseClock reading, UnaryOperator<LocalDate> caseYellowOn, UnaryOperator<LocalDate> stepYellowOn) {
		boolean running = !reading.isPaused() && !reading.isStopped();
		LocalDate caseDueOn = running ? reading.dueOn() : null;
		jdbc.sql("update supervision_clock set due_on = :dueOn, yellow_on = :yellowOn where case_id = :caseId")
			.param("caseId", reading.caseId())
			.param("dueOn", caseDueOn)
			.param("yellowOn", caseDueOn == null ? null : caseYellowOn.apply(caseDueOn))
			.update();
		List<StepClock> steps = reading.steps();
		for (int i = 0; i < steps.size(); i++) {
			StepClock step = steps.get(i);
			LocalDate stepDueOn = running && step.finishedAt() == null ? step.dueOn() : null;
			jdbc.sql("""
					update supervision_clock_step set due_on = :dueOn, yellow_on = :yellowOn
					where case_id = :caseId and seq_no = :seqNo""")
				.param("caseId", reading.caseId())
				.param("seqNo", i)
				.param("dueOn", stepDueOn)
				.param("yellowOn", stepDueOn == null ? null : stepYellowOn.apply(stepDueOn))
				.update();
		}
	}

	/** Names the department and matter of a clock (R8.5). */
	int describe(UUID caseId, String departmentCode, String matterCode, String matterNameZh, String matterNameEn) {
		return jdbc.sql("""
				update supervision_clock set department_code = :department, matter_code = :matter,
					matter_name_zh = :nameZh, matter_name_en = :nameEn
				where case_id = :caseId""")
			.param("caseId", caseId)
			.param("department", departmentCode)
			.param("matter", matterCode)
			.param("nameZh", matterNameZh)
			.param("nameEn", matterNameEn)
			.update();
	}

	/**
	 * Keeps the day a clock stopped and whether it was after its due day (null when it
	 * had none), for the on-time rate (R8.5).
	 */
	void finished(UUID caseId, LocalDate finishedOn, Boolean late) {
		jdbc.sql(
				"update supervision_clock set finished_on = :finishedOn, finished_late = :late where case_id = :caseId")
			.param("caseId", caseId)
			.param("finishedOn", finishedOn)
			.param("late", late)
			.update();
	}

	/** The stopped clocks kept before they kept the day they stopped. */
	List<UUID> stoppedWithoutFinish() {
		return jdbc.sql("select case_id from supervision_clock where stopped_at is not null and finished_on is null")
			.query(UUID.class)
			.list();
	}

	/**
	 * The running clocks whose due days or first yellow days are not kept: paused, not
	 * dated, or kept before they were (migrations V2026120780, V2026120801).
	 */
	List<UUID> withoutDueDay() {
		return jdbc.sql("""
				select case_id from supervision_clock c where stopped_at is null and (due_on is null
					or yellow_on is null or exists (select 1 from supervision_clock_step s
						where s.case_id = c.case_id and s.due_on is not null and s.yellow_on is null))""")
			.query(UUID.class)
			.list();
	}

	/**
	 * The running clocks whose due days a change of the year's calendar may move: those
	 * due in that year or later, and those without a due day.
	 */
	List<UUID> dueFrom(Year year) {
		return jdbc.sql("""
				select case_id from supervision_clock c where stopped_at is null and (due_on is null
					or due_on >= :first or exists (select 1 from supervision_clock_step s
						where s.case_id = c.case_id and s.due_on >= :first))""")
			.param("first", year.atDay(1))
			.query(UUID.class)
			.list();
	}

	private void insertParts(LegalClock clock) {
		List<Pause> pauses = clock.pauses();
		for (int i = 0; i < pauses.size(); i++) {
			Pause pause = pauses.get(i);
			jdbc.sql("""
					insert into supervision_clock_pause (case_id, seq_no, reason, note, started_at, ended_at)
					values (:caseId, :seqNo, :reason, :note, :startedAt, :endedAt)""")
				.param("caseId", clock.caseId())
				.param("seqNo", i)
				.param("reason", pause.reason().name())
				.param("note", pause.note())
				.param("startedAt", column(pause.startedAt()))
				.param("endedAt", column(pause.endedAt()))
				.update();
		}
		Extension extension = clock.extension();
		if (extension != null) {
			jdbc.sql("""
					insert into supervision_clock_extension (case_id, extension_days, reason, approver_id, extended_at)
					values (:caseId, :days, :reason, :approverId, :at)""")
				.param("caseId", clock.caseId())
				.param("days", extension.days())
				.param("reason", extension.reason())
				.param("approverId", extension.approverId())
				.param("at", column(extension.at()))
				.update();
		}
		List<LegalClock.Step> steps = clock.steps();
		for (int i = 0; i < steps.size(); i++) {
			LegalClock.Step step = steps.get(i);
			jdbc.sql("""
					insert into supervision_clock_step (case_id, seq_no, step, limit_days, started_at, finished_at)
					values (:caseId, :seqNo, :step, :limitDays, :startedAt, :finishedAt)""")
				.param("caseId", clock.caseId())
				.param("seqNo", i)
				.param("step", step.step())
				.param("limitDays", step.limitDays())
				.param("startedAt", column(step.startedAt()))
				.param("finishedAt", column(step.finishedAt()))
				.update();
		}
	}

}
