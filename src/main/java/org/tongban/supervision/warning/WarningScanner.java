package org.tongban.supervision.warning;

import static org.tongban.shared.persistence.DatabaseTime.column;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.supervision.DeadlineWarned;
import org.tongban.supervision.DeadlineWarned.Level;

/**
 * Raises deadline warnings (R8.3): finds the running case clocks and open step clocks
 * whose due day is near (yellow) or past (red) by the first yellow days kept on their
 * rows next to their due days, each clock's by the thresholds of its matter version (one
 * indexed query), and raises each warning once per clock and level with an event
 * {@link DeadlineWarned}. Nodes scan at the same time without a lock in memory: the
 * warning's primary key lets one insert win, and the others count it as already raised.
 * Paused clocks keep no due day and are not warned while paused; a finished step keeps
 * none either, so a yellow whose step finished never turns red.
 */
@Service
@EnableConfigurationProperties(WarningProperties.class)
class WarningScanner {

	/** The step number of the case clock's warnings. */
	private static final int CASE_CLOCK = -1;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	/** The time of a whole scan, raising included: benchmarks/data/scan.sh reads it. */
	private final Timer scans;

	WarningScanner(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, TransactionTemplate transactions,
			MeterRegistry meters) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.transactions = transactions;
		this.scans = Timer.builder("tongban.supervision.warning.scan")
			.description("Deadline warning scans: finding and raising the warnings due")
			.register(meters);
	}

	/**
	 * Raises the warnings due today.
	 * @return the warnings this call raised (not those another node raised first)
	 */
	@Scheduled(fixedDelayString = "${tongban.supervision.warnings.scan-every:10m}",
			initialDelayString = "${tongban.supervision.warnings.scan-every:10m}")
	List<DeadlineWarned> scan() {
		return scans.record(this::raiseDue);
	}

	private List<DeadlineWarned> raiseDue() {
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql("""
				select c.case_id, c.case_number, :caseClock as step_seq_no, cast(null as varchar(40)) as step, c.due_on
				from supervision_clock c
				where c.yellow_on <= :today and not exists (select 1 from supervision_warning w
					where w.case_id = c.case_id and w.step_seq_no = :caseClock
						and w.level = case when c.due_on < :today then 'RED' else 'YELLOW' end)
				union all
				select s.case_id, c.case_number, s.seq_no, s.step, s.due_on
				from supervision_clock_step s join supervision_clock c on c.case_id = s.case_id
				where s.yellow_on <= :today and not exists (select 1 from supervision_warning w
					where w.case_id = s.case_id and w.step_seq_no = s.seq_no
						and w.level = case when s.due_on < :today then 'RED' else 'YELLOW' end)""")
			.param("today", today)
			.param("caseClock", CASE_CLOCK)
			.query((row, n) -> new Found(row.getObject("case_id", UUID.class), row.getString("case_number"),
					row.getInt("step_seq_no"), row.getString("step"), row.getObject("due_on", LocalDate.class)))
			.list()
			.stream()
			.filter(found -> raise(found, today))
			.map(found -> found.warned(today))
			.toList();
	}

	/**
	 * Inserts and announces one warning, in a transaction of its own; false if raised.
	 */
	private boolean raise(Found found, LocalDate today) {
		DeadlineWarned warned = found.warned(today);
		try {
			transactions.executeWithoutResult(status -> {
				jdbc.sql("""
						insert into supervision_warning (case_id, step_seq_no, level, step, due_on, raised_at)
						values (:caseId, :stepSeqNo, :level, :step, :dueOn, :raisedAt)""")
					.param("caseId", found.caseId())
					.param("stepSeqNo", found.stepSeqNo())
					.param("level", warned.level().name())
					.param("step", found.step())
					.param("dueOn", found.dueOn())
					.param("raisedAt", column(clock.instant()))
					.update();
				events.publishEvent(warned);
			});
			return true;
		}
		catch (DuplicateKeyException ex) {
			// Another node raised it first.
			return false;
		}
	}

	private record Found(UUID caseId, String caseNumber, int stepSeqNo, String step, LocalDate dueOn) {

		DeadlineWarned warned(LocalDate today) {
			return new DeadlineWarned(caseId, caseNumber, stepSeqNo == CASE_CLOCK ? null : step,
					dueOn.isBefore(today) ? Level.RED : Level.YELLOW, dueOn);
		}

	}

}
