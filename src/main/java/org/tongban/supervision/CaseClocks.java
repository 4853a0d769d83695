package org.tongban.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.tongban.shared.LocalizedText;

/**
 * The legal clocks of cases (R8.2, R15.1, R15.3, R15.4): one per case, counted in working
 * days of the {@link WorkingDayCalendar} from the day the clock starts, with the step
 * clocks of the case inside it. The approval side starts, pauses, resumes, extends and
 * stops them; Flowable timers take their due dates from {@link #deadline(UUID)}.
 * <p>
 * Every method that changes a clock throws {@link org.tongban.shared.RefusedException}
 * (409) when the change does not fit the clock's state (paused twice, extended twice,
 * changed after it stopped) and {@link org.tongban.shared.NotFoundException} for an
 * unknown case. How days are counted: see
 * {@link org.tongban.supervision.clock.LegalClock}.
 */
public interface CaseClocks {

	/**
	 * The working days a department has to decide on acceptance, counted from receipt
	 * (行政许可法 art. 32).
	 */
	int ACCEPTANCE_DAYS = 5;

	/**
	 * The longest reason or note a clock keeps (pauses, special periods, extensions), as
	 * its columns do.
	 */
	int MAX_TEXT = 500;

	/**
	 * Starts the clock of a case that was received at {@code receivedAt}.
	 * @param startsOn the day counting starts (the working day after receipt), or null
	 * while the calendar of its year is not loaded: it is filled in once it is
	 * @param joint whether the case is handled jointly or in parallel (45 statutory days,
	 * extension 15)
	 * @return the clock; the clock as it is when it was started already for the same case
	 * number (so that a redelivered event starts it once), a 409 when it was started for
	 * another number
	 */
	default CaseClock start(UUID caseId, String caseNumber, Instant receivedAt, LocalDate startsOn,
			int statutoryLimitDays, int committedLimitDays, boolean joint) {
		return start(caseId, caseNumber, receivedAt, startsOn, statutoryLimitDays, committedLimitDays, joint, null,
				null);
	}

	/**
	 * Starts the clock of a case as
	 * {@link #start(UUID, String, Instant, LocalDate, int, int, boolean)} does, with the
	 * yellow warning thresholds of its matter version (R8.3), which it keeps for its
	 * life.
	 * @param caseYellowDays how many working days before its due day the case clock is
	 * yellow; null for the platform's default
	 * ({@code tongban.supervision.warnings.case-yellow-days})
	 * @param stepYellowDays likewise for each step clock
	 * ({@code tongban.supervision.warnings.step-yellow-days})
	 */
	CaseClock start(UUID caseId, String caseNumber, Instant receivedAt, LocalDate startsOn, int statutoryLimitDays,
			int committedLimitDays, boolean joint, Integer caseYellowDays, Integer stepYellowDays);

	/**
	 * Names the department and matter of a started clock, which the supervisor console
	 * counts by (R8.5); the approval side calls it as the case opens.
	 * @param matterName the matter's name in Chinese and English (the English may be
	 * null)
	 */
	void describe(UUID caseId, String departmentCode, String matterCode, LocalizedText matterName);

	/**
	 * The case was accepted on {@code acceptedOn}: the decision limits count from the
	 * working day after it (art. 42 "自受理之日起", R15.3), no longer from receipt. Acceptance
	 * deemed by law (art. 32) is on the day of receipt, and acceptance on the spot on the
	 * day of receipt too, so both keep the start at receipt.
	 */
	CaseClock accepted(UUID caseId, LocalDate acceptedOn);

	/** Of these cases, those whose clock has no acceptance recorded yet. */
	Set<UUID> withoutAcceptance(Collection<UUID> caseIds);

	/**
	 * Pauses the case clock (and its open step clocks) from {@code at} for a correction
	 * or a special period.
	 */
	CaseClock pause(UUID caseId, PauseReason reason, String note, Instant at);

	/** Ends the pause under way. */
	CaseClock resume(UUID caseId, Instant at);

	/**
	 * Extends the limits once (art. 42): by 10 working days, or 15 when the case is
	 * joint, with the approver who signed it off and the reason the applicant is told.
	 */
	CaseClock extend(UUID caseId, UUID approverId, String reason, Instant at);

	/**
	 * Starts the clock of a step with its own limit, counted from the working day after
	 * {@code at}.
	 */
	CaseClock startStep(UUID caseId, String step, int limitDays, Instant at);

	/** Ends the open clock of a step. */
	CaseClock finishStep(UUID caseId, String step, Instant at);

	/** Stops the case clock for good: decided, refused or withdrawn. */
	CaseClock stop(UUID caseId, Instant at);

	/** The clock as it reads now, if the case has one. */
	Optional<CaseClock> of(UUID caseId);

	/**
	 * The clocks of many cases as they read now, by case; cases without a clock are left
	 * out.
	 */
	Map<UUID, CaseClock> of(Collection<UUID> caseIds);

	/**
	 * The first day on which each running case clock of these cases is warned yellow
	 * (R8.3), by the thresholds of its matter version, as the warning scan reads it;
	 * paused, stopped and undated clocks are left out.
	 */
	Map<UUID, LocalDate> yellowOn(Collection<UUID> caseIds);

	/**
	 * The moment the committed limit runs out (the start of the day after the due day, in
	 * the platform's zone), for a Flowable timer; empty while paused, stopped or not yet
	 * dated.
	 */
	Optional<Instant> deadline(UUID caseId);

	/**
	 * The moment the open clock of a step runs out (the start of the day after its due
	 * day, in the platform's zone), for a Flowable timer such as the deemed acceptance of
	 * R15.2 (step ACCEPTANCE, 5 days from receipt); empty while the case clock is paused
	 * or stopped, when the step is not under way, or its due day is not dated.
	 */
	Optional<Instant> stepDeadline(UUID caseId, String step);

}
