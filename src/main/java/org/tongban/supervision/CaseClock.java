package org.tongban.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case clock as it reads at {@code readAt} (R8.2, R15.3): what the staff and the
 * applicant are shown. The dates are null while the start is not dated (the calendar of
 * its year is not loaded).
 *
 * The counting rules are those of {@link org.tongban.supervision.clock.LegalClock}. A
 * stopped clock reads as on the day it stopped; a paused one as if resumed today, so its
 * due days are the earliest they can be.
 *
 * @param startsOn the first day counted: the working day after receipt, once accepted the
 * working day after acceptance (art. 42, R15.3)
 * @param acceptedOn the day the case was accepted, by a clerk or by law; null before
 * @param dueOn the last day of the committed limit, pauses and the extension included:
 * what the clock shows
 * @param statutoryDueOn the last day of the statutory limit, pauses and the extension
 * included
 * @param usedDays working days counted so far, today included (days of pauses are not
 * counted)
 * @param remainingDays working days still counted up to {@code dueOn}, today included;
 * once overdue, minus the working days counted after {@code dueOn} up to today
 * @param pauses every pause, the open one last
 * @param extension the extension, or null
 * @param steps the step clocks in the order they started
 * @param stoppedAt when it stopped for good, or null
 * @param provisional a date shown falls in a year counted provisionally from the
 * statutory holidays, its arrangement not being published yet: it may move once it is
 * (R8.1)
 */
public record CaseClock(UUID caseId, String caseNumber, Instant receivedAt, LocalDate startsOn, LocalDate acceptedOn,
		int statutoryLimitDays, int committedLimitDays, boolean joint, LocalDate dueOn, LocalDate statutoryDueOn,
		Integer usedDays, Integer remainingDays, List<Pause> pauses, Extension extension, List<StepClock> steps,
		Instant stoppedAt, Instant readAt, boolean provisional) {

	public CaseClock {
		pauses = List.copyOf(pauses);
		steps = List.copyOf(steps);
	}

	public boolean isPaused() {
		return !pauses.isEmpty() && pauses.get(pauses.size() - 1).endedAt() == null;
	}

	public boolean isStopped() {
		return stoppedAt != null;
	}

	public boolean isExtended() {
		return extension != null;
	}

	/**
	 * From what the limits count: receipt until the case is accepted, acceptance after.
	 */
	public CountedFrom countedFrom() {
		return acceptedOn == null ? CountedFrom.RECEIPT : CountedFrom.ACCEPTANCE;
	}

	/**
	 * What the first day counted follows (art. 42 "自受理之日起", R15.3): the working day after
	 * receipt while the department has not accepted the case, then the working day after
	 * acceptance. Acceptance deemed by law (art. 32) or on the spot is on the day of
	 * receipt, so the day is the same.
	 */
	public enum CountedFrom {

		RECEIPT, ACCEPTANCE

	}

	/**
	 * @param endedAt null while the pause lasts
	 */
	public record Pause(PauseReason reason, String note, Instant startedAt, Instant endedAt) {
	}

	public record Extension(int days, String reason, UUID approverId, Instant at) {
	}

	/**
	 * @param dueOn the step's last day, its share of pauses included
	 * @param finishedAt null while the step is under way
	 */
	public record StepClock(String step, int limitDays, Instant startedAt, LocalDate dueOn, Instant finishedAt) {
	}

}
