package org.tongban.supervision.warning;

import static org.tongban.shared.persistence.DatabaseTime.column;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.supervision.CalendarNotLoadedException;
import org.tongban.supervision.DeadlineEscalated;
import org.tongban.supervision.DeadlineEscalated.Rung;
import org.tongban.supervision.WorkingDayCalendar;

/**
 * The escalation ladder of overdue cases (R8.3): a running case clock that stays red,
 * past its due day, for {@code after-working-days} whole working days goes to the
 * department's head, and after as many more to the supervision office. Each rung is
 * recorded once per case with the event {@link DeadlineEscalated}, on whichever node
 * finds it first (the primary key of {@code supervision_escalation}, as for the
 * warnings). The scan is one query on the indexed due day: today's calendar gives, for
 * each rung, the last due day that has been red long enough. A paused clock keeps no due
 * day, so it does not climb while paused.
 */
@Service
@EnableConfigurationProperties(EscalationProperties.class)
class EscalationLadder {

	private static final Logger log = LoggerFactory.getLogger(EscalationLadder.class);

	private final JdbcClient jdbc;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final EscalationProperties properties;

	/**
	 * The time of a whole climb, recording included: benchmarks/data/scan.sh reads it.
	 */
	private final Timer climbs;

	EscalationLadder(JdbcClient jdbc, WorkingDayCalendar calendar, Clock clock, ApplicationEventPublisher events,
			TransactionTemplate transactions, EscalationProperties properties, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.clock = clock;
		this.events = events;
		this.transactions = transactions;
		this.properties = properties;
		this.climbs = Timer.builder("tongban.supervision.escalation.scan")
			.description("Escalation scans: finding and recording the rungs reached")
			.register(meters);
	}

	/**
	 * Takes the cases up the rungs they reached by today.
	 * @return the rungs this call recorded (not those another node recorded first), the
	 * lower first
	 */
	@Scheduled(fixedDelayString = "${tongban.supervision.warnings.scan-every:10m}",
			initialDelayString = "${tongban.supervision.warnings.scan-every:10m}")
	List<DeadlineEscalated> scan() {
		return climbs.record(this::climb);
	}

	private List<DeadlineEscalated> climb() {
		LocalDate today = LocalDate.now(clock);
		LocalDate headLimit;
		LocalDate officeLimit;
		try {
			WorkingDayCalendar.WorkingDays workingDays = calendar.workingDays();
			headLimit = redSince(workingDays, today, properties.afterWorkingDays());
			officeLimit = redSince(workingDays, today, 2 * properties.afterWorkingDays());
		}
		catch (CalendarNotLoadedException ex) {
			log.warn("Escalation of overdue cases waits for the calendar: {}", ex.getMessage());
			return List.of();
		}
		return jdbc.sql("""
				select c.case_id, c.case_number, c.due_on, 'DEPARTMENT_HEAD' as rung
				from supervision_clock c
				where c.due_on < :headLimit and not exists (select 1 from supervision_escalation e
					where e.case_id = c.case_id and e.rung = 'DEPARTMENT_HEAD')
				union all
				select c.case_id, c.case_number, c.due_on, 'SUPERVISION_OFFICE' as rung
				from supervision_clock c
				where c.due_on < :officeLimit and not exists (select 1 from supervision_escalation e
					where e.case_id = c.case_id and e.rung = 'SUPERVISION_OFFICE')""")
			.param("headLimit", headLimit)
			.param("officeLimit", officeLimit)
			.query((row, n) -> new Found(row.getObject("case_id", UUID.class), row.getString("case_number"),
					row.getObject("due_on", LocalDate.class), Rung.valueOf(row.getString("rung"))))
			.list()
			.stream()
			.sorted((one, other) -> one.rung().compareTo(other.rung()))
			.map(found -> new DeadlineEscalated(found.caseId(), found.caseNumber(), found.rung(), found.dueOn(),
					calendar.workingDaysBetween(found.dueOn(), today.minusDays(1))))
			.filter(escalated -> record(escalated, today))
			.toList();
	}

	/**
	 * The first due day that has not been red for {@code days} whole working days by
	 * today: the {@code days}-th working day counted back from yesterday. A due day
	 * before it has. The items other modules owe climb by the same days
	 * ({@link DueItemWatch}).
	 */
	static LocalDate redSince(WorkingDayCalendar.WorkingDays workingDays, LocalDate today, int days) {
		LocalDate day = today.minusDays(1);
		for (int counted = 0;; day = day.minusDays(1)) {
			if (workingDays.isWorkingDay(day) && ++counted == days) {
				return day;
			}
		}
	}

	/** Records and announces one rung, in a transaction of its own; false if done. */
	private boolean record(DeadlineEscalated escalated, LocalDate today) {
		try {
			transactions.executeWithoutResult(status -> {
				jdbc.sql("""
						insert into supervision_escalation (case_id, rung, due_on, escalated_on, escalated_at)
						values (:caseId, :rung, :dueOn, :today, :at)""")
					.param("caseId", escalated.caseId())
					.param("rung", escalated.rung().name())
					.param("dueOn", escalated.dueOn())
					.param("today", today)
					.param("at", column(clock.instant()))
					.update();
				events.publishEvent(escalated);
			});
			return true;
		}
		catch (DuplicateKeyException ex) {
			// Another node recorded it first.
			return false;
		}
	}

	private record Found(UUID caseId, String caseNumber, LocalDate dueOn, Rung rung) {
	}

}
