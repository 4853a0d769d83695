package org.tongban.supervision.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.supervision.CalendarNotLoadedException;
import org.tongban.supervision.CaseClock;
import org.tongban.supervision.CaseClock.StepClock;
import org.tongban.supervision.CaseClocks;
import org.tongban.supervision.ClockDatesChanged;
import org.tongban.supervision.PauseReason;
import org.tongban.supervision.WorkingDayCalendar;
import org.tongban.supervision.calendar.CalendarChanged;
import org.tongban.supervision.warning.WarningProperties;

/**
 * The case clocks kept in the database (R8.2). Each change reads the clock, applies it to
 * the {@link LegalClock} and writes it back at the version it read: of two nodes changing
 * one clock at once, the one that writes second is refused with 409 and changes nothing.
 * Readings are computed on every read, so that they follow the working-day calendar as
 * the administrator corrects it.
 */
@Service
@Transactional
class JdbcCaseClocks implements CaseClocks {

	/** The clocks read at once when due days are dated again. */
	private static final int BATCH = 500;

	private final LegalClockStore store;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final WarningProperties warnings;

	JdbcCaseClocks(LegalClockStore store, WorkingDayCalendar calendar, Clock clock, ApplicationEventPublisher events,
			WarningProperties warnings) {
		this.store = store;
		this.calendar = calendar;
		this.clock = clock;
		this.events = events;
		this.warnings = warnings;
	}

	@Override
	public CaseClock start(UUID caseId, String caseNumber, Instant receivedAt, LocalDate startsOn,
			int statutoryLimitDays, int committedLimitDays, boolean joint, Integer caseYellowDays,
			Integer stepYellowDays) {
		Optional<LegalClockStore.Stored> existing = store.find(caseId);
		if (existing.isPresent()) {
			LegalClock started = existing.get().clock();
			if (started.caseNumber().equals(caseNumber)) {
				return read(started);
			}
			throw alreadyStarted(caseNumber);
		}
		LegalClock started = LegalClock.start(caseId, caseNumber, receivedAt, startsOn, statutoryLimitDays,
				committedLimitDays, joint);
		try {
			// The platform's defaults of today are the clock's for its life, as its
			// version's would be.
			store.insert(started,
					new LegalClockStore.YellowDays(caseYellowDays != null ? caseYellowDays : warnings.caseYellowDays(),
							stepYellowDays != null ? stepYellowDays : warnings.stepYellowDays()));
		}
		catch (DuplicateKeyException ex) {
			throw alreadyStarted(caseNumber);
		}
		return keepDue(started);
	}

	@Override
	public void describe(UUID caseId, String departmentCode, String matterCode, LocalizedText matterName) {
		if (store.describe(caseId, departmentCode, matterCode, matterName == null ? null : matterName.zh(),
				matterName == null ? null : matterName.en()) == 0) {
			throw new NotFoundException("supervision.clock.notFound", caseId);
		}
	}

	@Override
	public CaseClock pause(UUID caseId, PauseReason reason, String note, Instant at) {
		return change(caseId, legal -> legal.pause(reason, note, at));
	}

	@Override
	public CaseClock resume(UUID caseId, Instant at) {
		return change(caseId, legal -> legal.resume(at));
	}

	@Override
	public CaseClock extend(UUID caseId, UUID approverId, String reason, Instant at) {
		return change(caseId, legal -> legal.extend(approverId, reason, at));
	}

	@Override
	public CaseClock startStep(UUID caseId, String step, int limitDays, Instant at) {
		return change(caseId, legal -> legal.startStep(step, limitDays, at));
	}

	@Override
	public CaseClock finishStep(UUID caseId, String step, Instant at) {
		return change(caseId, legal -> legal.finishStep(step, at));
	}

	@Override
	public CaseClock stop(UUID caseId, Instant at) {
		return change(caseId, legal -> legal.stop(at));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CaseClock> of(UUID caseId) {
		return store.find(caseId).map(stored -> read(stored.clock()));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, CaseClock> of(Collection<UUID> caseIds) {
		return store.findAll(caseIds)
			.stream()
			.collect(Collectors.toMap(stored -> stored.clock().caseId(), stored -> read(stored.clock())));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, LocalDate> yellowOn(Collection<UUID> caseIds) {
		return store.yellowOn(caseIds);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Instant> deadline(UUID caseId) {
		return running(caseId).map(CaseClock::dueOn).map(this::startOfDayAfter);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Instant> stepDeadline(UUID caseId, String step) {
		return running(caseId)
			.flatMap(reading -> reading.steps()
				.stream()
				.filter(stepClock -> stepClock.step().equals(step) && stepClock.finishedAt() == null)
				.findFirst())
			.map(StepClock::dueOn)
			.map(this::startOfDayAfter);
	}

	/**
	 * Dates again the starts a calendar change may move (R15.1): the clocks received
	 * before the calendar of the day after their receipt was known, and those that start
	 * in the changed year, such as a case received in December whose start was counted
	 * provisionally until next year's arrangement was loaded. Then tells the holders of
	 * due moments that clock dates changed ({@link ClockDatesChanged}): every due day is
	 * counted afresh on reading. Runs after the calendar has forgotten its copy of the
	 * old arrangement (its own listener comes first), in a transaction of its own since
	 * the administrator's has ended.
	 */
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void dateStartsAgain(CalendarChanged changed) {
		for (LegalClockStore.Start start : store.startsToDate(changed.year())) {
			try {
				LocalDate startsOn = calendar.nextWorkingDay(start.acceptedOn() != null ? start.acceptedOn()
						: LocalDate.ofInstant(start.receivedAt(), zone()));
				if (!startsOn.equals(start.startsOn())) {
					store.date(start, startsOn);
				}
			}
			catch (CalendarNotLoadedException ex) {
				// The year after receipt is still not counted: the clock stays undated
				// until it is.
			}
		}
		keepDue(store.dueFrom(changed.year()));
		events.publishEvent(new ClockDatesChanged(changed.year()));
	}

	@Override
	@Transactional
	public CaseClock accepted(UUID caseId, LocalDate acceptedOn) {
		Objects.requireNonNull(acceptedOn, "acceptedOn");
		LocalDate startsOn;
		try {
			startsOn = calendar.nextWorkingDay(acceptedOn);
		}
		catch (CalendarNotLoadedException ex) {
			// Dated with the calendar of its year, as a start at receipt is.
			startsOn = null;
		}
		store.accepted(caseId, acceptedOn, startsOn);
		return store.find(caseId)
			.map(stored -> keepDue(stored.clock()))
			.orElseThrow(() -> new NotFoundException("supervision.clock.notFound", caseId));
	}

	@Override
	@Transactional(readOnly = true)
	public Set<UUID> withoutAcceptance(Collection<UUID> caseIds) {
		return store.withoutAcceptance(caseIds);
	}

	private Optional<CaseClock> running(UUID caseId) {
		return of(caseId).filter(reading -> !reading.isPaused() && !reading.isStopped());
	}

	private CaseClock change(UUID caseId, Consumer<LegalClock> change) {
		Objects.requireNonNull(caseId, "caseId");
		LegalClockStore.Stored stored = store.find(caseId)
			.orElseThrow(() -> new NotFoundException("supervision.clock.notFound", caseId));
		change.accept(stored.clock());
		try {
			store.update(stored.clock(), stored.version());
		}
		catch (ConcurrencyFailureException ex) {
			throw new RefusedException(Refusal.CONFLICT, "supervision.clock.changedMeanwhile",
					stored.clock().caseNumber());
		}
		return keepDue(stored.clock());
	}

	/**
	 * Dates the due days of the running clocks that have none kept (R8.3): those kept
	 * before due days were (migration V2026120780), and paused or undated ones, which
	 * stay without. Every node does it as it starts; they write the same days.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void keepDueDays() {
		keepDue(store.withoutDueDay());
		keepDue(store.stoppedWithoutFinish());
	}

	private void keepDue(List<UUID> caseIds) {
		for (int from = 0; from < caseIds.size(); from += BATCH) {
			store.findAll(caseIds.subList(from, Math.min(caseIds.size(), from + BATCH)))
				.forEach(stored -> keepDue(stored.clock()));
		}
	}

	/**
	 * The clock's reading, its due days and first yellow days kept on its rows for the
	 * warning scan.
	 */
	private CaseClock keepDue(LegalClock legal) {
		CaseClock reading = read(legal);
		LegalClockStore.YellowDays days = store.yellowDays(legal.caseId());
		int caseDays = days.caseDays() != null ? days.caseDays() : warnings.caseYellowDays();
		int stepDays = days.stepDays() != null ? days.stepDays() : warnings.stepYellowDays();
		store.due(reading, dueOn -> yellowOn(dueOn, caseDays), dueOn -> yellowOn(dueOn, stepDays));
		if (reading.isStopped()) {
			LocalDate finishedOn = LocalDate.ofInstant(reading.stoppedAt(), zone());
			store.finished(reading.caseId(), finishedOn,
					reading.dueOn() == null ? null : finishedOn.isAfter(reading.dueOn()));
		}
		return reading;
	}

	/**
	 * The first day on which a due day is near (R8.3): the first from which at most
	 * {@code days} working days are left up to the due day, itself included. A day off
	 * before those working days is yellow too, as it leaves no more working days than the
	 * working day after it. Where the calendar does not reach back that far, the first
	 * day it can count to; it is dated again when the year is loaded.
	 */
	private LocalDate yellowOn(LocalDate dueOn, int days) {
		WorkingDayCalendar.WorkingDays workingDays = calendar.workingDays();
		LocalDate first = dueOn;
		try {
			int left = workingDays.isWorkingDay(dueOn) ? 1 : 0;
			while (true) {
				LocalDate before = first.minusDays(1);
				int more = left + (workingDays.isWorkingDay(before) ? 1 : 0);
				if (more > days) {
					return first;
				}
				first = before;
				left = more;
			}
		}
		catch (CalendarNotLoadedException ex) {
			return first;
		}
	}

	private CaseClock read(LegalClock legal) {
		return legal.read(clock.instant(), zone(), calendar);
	}

	private Instant startOfDayAfter(LocalDate day) {
		return day.plusDays(1).atStartOfDay(zone()).toInstant();
	}

	private ZoneId zone() {
		return clock.getZone();
	}

	private static RefusedException alreadyStarted(String caseNumber) {
		return new RefusedException(Refusal.CONFLICT, "supervision.clock.alreadyStarted", caseNumber);
	}

}
