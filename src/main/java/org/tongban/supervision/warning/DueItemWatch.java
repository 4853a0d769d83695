package org.tongban.supervision.warning;

import static org.tongban.shared.persistence.DatabaseTime.column;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.audit.AuditActor;
import org.tongban.supervision.CalendarNotLoadedException;
import org.tongban.supervision.DeadlineEscalated.Rung;
import org.tongban.supervision.DeadlineWarned.Level;
import org.tongban.supervision.DueItemEscalated;
import org.tongban.supervision.DueItemWarned;
import org.tongban.supervision.DueItems;
import org.tongban.supervision.DueItems.DueItem;
import org.tongban.supervision.WorkingDayCalendar;

/**
 * Watches what other modules owe by a due day ({@link DueItems}: answers to complaints,
 * rectifications of bad ratings) as the case clocks are watched (R8.3): an item still
 * owed is yellow from the same working days before its due day as a case
 * ({@code tongban.supervision.warnings.case-yellow-days}) and red once the day has
 * passed; one red for {@code tongban.supervision.escalation.after-working-days} whole
 * working days goes to the department's head, and after as many more to the supervision
 * office. Each warning and rung is recorded once per item and due day on whichever node
 * finds it first (the primary keys of {@code supervision_due_warning} and
 * {@code supervision_due_escalation}), audited as the platform's action and announced
 * with {@link DueItemWarned} or {@link DueItemEscalated}. An item answered or replied to
 * is no longer owed: the owner no longer lists it, so it neither turns red nor climbs.
 */
@Service
class DueItemWatch {

	private static final Logger log = LoggerFactory.getLogger(DueItemWatch.class);

	private final JdbcClient jdbc;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final ObjectProvider<DueItems> owners;

	private final WarningProperties warnings;

	private final EscalationProperties escalation;

	private final Audit audit;

	DueItemWatch(JdbcClient jdbc, WorkingDayCalendar calendar, Clock clock, ApplicationEventPublisher events,
			TransactionTemplate transactions, ObjectProvider<DueItems> owners, WarningProperties warnings,
			EscalationProperties escalation, Audit audit) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.clock = clock;
		this.events = events;
		this.transactions = transactions;
		this.owners = owners;
		this.warnings = warnings;
		this.escalation = escalation;
		this.audit = audit;
	}

	@Scheduled(fixedDelayString = "${tongban.supervision.warnings.scan-every:10m}",
			initialDelayString = "${tongban.supervision.warnings.scan-every:10m}")
	void scan() {
		warn();
		escalate();
	}

	/**
	 * Raises the warnings due today.
	 * @return the warnings this call raised (not those another node raised first)
	 */
	List<DueItemWarned> warn() {
		LocalDate today = LocalDate.now(clock);
		LocalDate lastYellow;
		try {
			lastYellow = lastYellowDue(calendar.workingDays(), today, warnings.caseYellowDays());
		}
		catch (CalendarNotLoadedException ex) {
			log.warn("Warnings of the items owed wait for the calendar: {}", ex.getMessage());
			return List.of();
		}
		List<DueItem> items = owed(lastYellow);
		Set<String> raised = recorded("supervision_due_warning", "level", items);
		return items.stream()
			.map(item -> new DueItemWarned(item.kind(), item.reference(), item.departmentCode(),
					item.dueOn().isBefore(today) ? Level.RED : Level.YELLOW, item.dueOn()))
			.filter(warned -> !raised.contains(key(warned.kind(), warned.reference(), warned.dueOn(), warned.level())))
			.filter(this::raise)
			.toList();
	}

	/**
	 * Takes the items still owed up the rungs they reached by today.
	 * @return the rungs this call recorded (not those another node recorded first), the
	 * lower first
	 */
	List<DueItemEscalated> escalate() {
		LocalDate today = LocalDate.now(clock);
		LocalDate headLimit;
		LocalDate officeLimit;
		try {
			WorkingDayCalendar.WorkingDays workingDays = calendar.workingDays();
			headLimit = EscalationLadder.redSince(workingDays, today, escalation.afterWorkingDays());
			officeLimit = EscalationLadder.redSince(workingDays, today, 2 * escalation.afterWorkingDays());
		}
		catch (CalendarNotLoadedException ex) {
			log.warn("Escalation of the items owed waits for the calendar: {}", ex.getMessage());
			return List.of();
		}
		List<DueItem> items = owed(headLimit.minusDays(1));
		Set<String> done = recorded("supervision_due_escalation", "rung", items);
		return items.stream()
			.flatMap(item -> (item.dueOn().isBefore(officeLimit)
					? List.of(Rung.DEPARTMENT_HEAD, Rung.SUPERVISION_OFFICE) : List.of(Rung.DEPARTMENT_HEAD))
				.stream()
				.filter(rung -> !done.contains(key(item.kind(), item.reference(), item.dueOn(), rung)))
				.map(rung -> new DueItemEscalated(item.kind(), item.reference(), item.departmentCode(), rung,
						item.dueOn(), calendar.workingDaysBetween(item.dueOn(), today.minusDays(1)))))
			.sorted(Comparator.comparing(DueItemEscalated::rung))
			.filter(escalated -> record(escalated, today))
			.toList();
	}

	/**
	 * The last due day that is yellow today: the day before the working day after
	 * {@code days} working days counted from today on. A due day up to it leaves at most
	 * {@code days} working days, as the case clocks count their yellow days.
	 */
	static LocalDate lastYellowDue(WorkingDayCalendar.WorkingDays workingDays, LocalDate today, int days) {
		LocalDate day = today;
		for (int counted = 0;; day = day.plusDays(1)) {
			if (workingDays.isWorkingDay(day) && ++counted > days) {
				return day.minusDays(1);
			}
		}
	}

	private List<DueItem> owed(LocalDate lastDay) {
		return owners.orderedStream().flatMap(owner -> owner.dueBy(lastDay).stream()).toList();
	}

	/**
	 * The keys already recorded for these items, read at once so that a scan does not try
	 * again, every time, what is done.
	 */
	private Set<String> recorded(String table, String column, List<DueItem> items) {
		if (items.isEmpty()) {
			return Set.of();
		}
		return jdbc
			.sql("select kind, reference, due_on, " + column + " as step from " + table
					+ " where reference in (:references)")
			.param("references", items.stream().map(DueItem::reference).distinct().toList())
			.query((row, n) -> String.join(" ", row.getString("kind"), row.getString("reference"),
					row.getObject("due_on", LocalDate.class).toString(), row.getString("step")))
			.set();
	}

	private static String key(DueItems.Kind kind, String reference, LocalDate dueOn, Enum<?> step) {
		return String.join(" ", kind.name(), reference, dueOn.toString(), step.name());
	}

	/** Inserts, audits and announces one warning, in a transaction of its own. */
	private boolean raise(DueItemWarned warned) {
		return once(() -> {
			jdbc.sql("""
					insert into supervision_due_warning (kind, reference, due_on, level, department_code, raised_at)
					values (:kind, :reference, :dueOn, :level, :department, :at)""")
				.param("kind", warned.kind().name())
				.param("reference", warned.reference())
				.param("dueOn", warned.dueOn())
				.param("level", warned.level().name())
				.param("department", warned.departmentCode())
				.param("at", column(clock.instant()))
				.update();
			audit.succeeded(AuditActor.PLATFORM, "deadline.warn", objectType(warned.kind()), warned.reference(),
					warned.level() + " due " + warned.dueOn() + " department " + warned.departmentCode());
			events.publishEvent(warned);
		});
	}

	/** Records, audits and announces one rung, in a transaction of its own. */
	private boolean record(DueItemEscalated escalated, LocalDate today) {
		return once(() -> {
			jdbc.sql(
					"""
							insert into supervision_due_escalation (kind, reference, due_on, rung, department_code, escalated_on,
								escalated_at)
							values (:kind, :reference, :dueOn, :rung, :department, :today, :at)""")
				.param("kind", escalated.kind().name())
				.param("reference", escalated.reference())
				.param("dueOn", escalated.dueOn())
				.param("rung", escalated.rung().name())
				.param("department", escalated.departmentCode())
				.param("today", today)
				.param("at", column(clock.instant()))
				.update();
			audit.succeeded(AuditActor.PLATFORM, "deadline.escalate", objectType(escalated.kind()),
					escalated.reference(), escalated.rung() + " due " + escalated.dueOn() + " working days overdue "
							+ escalated.workingDaysOverdue() + " department " + escalated.departmentCode());
			events.publishEvent(escalated);
		});
	}

	/** Runs the recording in a transaction of its own; false if another node did it. */
	private boolean once(Runnable recording) {
		try {
			transactions.executeWithoutResult(status -> recording.run());
			return true;
		}
		catch (DuplicateKeyException ex) {
			// Another node recorded it first.
			return false;
		}
	}

	/** The audit trail's object type: {@code feedback} or {@code rectification}. */
	static String objectType(DueItems.Kind kind) {
		return kind.name().toLowerCase(Locale.ROOT);
	}

}
