package org.tongban.supervision.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.supervision.CalendarNotLoadedException;
import org.tongban.supervision.CaseClock;
import org.tongban.supervision.CaseClock.Extension;
import org.tongban.supervision.CaseClock.Pause;
import org.tongban.supervision.CaseClock.StepClock;
import org.tongban.supervision.CaseClocks;
import org.tongban.supervision.PauseReason;
import org.tongban.supervision.WorkingDayCalendar;
import org.tongban.supervision.WorkingDayCalendar.WorkingDays;

/**
 * The legal clock of one case (R8.2, R15.1, R15.3, R15.4): its limits, pauses, extension
 * and step clocks, and how they read on a given day. Plain Java; {@link JdbcCaseClocks}
 * keeps it.
 * <p>
 * Counting rules. Dates are calendar dates in the platform's zone; a working day is one
 * of the {@link WorkingDayCalendar}. A day is <em>counted</em> when it is a working day
 * that no pause covers.
 * <ul>
 * <li>Day 1 is {@code startsOn}, the working day after receipt (art. 82). The due day of
 * a limit of N days is the N-th counted day from {@code startsOn}: without pauses
 * {@code addWorkingDays(receivedDate, N)}, as the receipt's acceptance due day.</li>
 * <li>A pause covers every day from the date it started to the date it ended, both
 * inclusive (自…之日起至…之日止): those working days are not counted and every later due day
 * moves by as many working days. A pause that is still open covers the days up to today,
 * so the due days of a paused clock are the earliest they can be: they are those of a
 * clock resumed today, and move one working day later for each further working day of the
 * pause.</li>
 * <li>The extension (art. 42, once) adds 10 working days, 15 when the case is handled
 * jointly (R15.3), to the committed and to the statutory limit alike.</li>
 * <li>A step clock counts its limit from the working day after the date the step started,
 * leaving out the days of the case's pauses that overlap the step (from its start to its
 * end, or to now while it is open).</li>
 * <li>{@code usedDays} is the number of counted days from {@code startsOn} to today, both
 * inclusive. {@code remainingDays} is the number of counted days from today (or
 * {@code startsOn} when today is before it) to the due day, both inclusive; once the due
 * day has passed it is minus the number of counted days after the due day up to today. A
 * stopped clock reads as on the day it stopped.</li>
 * <li>A reading never fails for lack of calendar: a date or count that runs into a year
 * whose arrangement is not loaded reads null, and {@code startsOn} itself is null until
 * the calendar of the day after receipt is loaded (then {@link JdbcCaseClocks} dates the
 * clock).</li>
 * </ul>
 * Changes that do not fit the clock's state are refused with 409 and a
 * {@code supervision.clock.*} message; the case number is the message's first argument.
 */
public final class LegalClock {

	/**
	 * Extension of art. 42: 10 working days, 15 for joint or parallel handling (R15.3).
	 */
	static final int EXTENSION_DAYS = 10;

	static final int JOINT_EXTENSION_DAYS = 15;

	static final int MAX_STEP_LENGTH = 40;

	private final UUID caseId;

	private final String caseNumber;

	private final Instant receivedAt;

	private final LocalDate startsOn;

	/**
	 * The day the case was accepted, from which the decision limits count (art. 42); null
	 * before.
	 */
	private final LocalDate acceptedOn;

	private final int statutoryLimitDays;

	private final int committedLimitDays;

	private final boolean joint;

	private final List<Pause> pauses;

	private Extension extension;

	private final List<Step> steps;

	private Instant stoppedAt;

	LegalClock(UUID caseId, String caseNumber, Instant receivedAt, LocalDate startsOn, LocalDate acceptedOn,
			int statutoryLimitDays, int committedLimitDays, boolean joint, List<Pause> pauses, Extension extension,
			List<Step> steps, Instant stoppedAt) {
		this.caseId = Objects.requireNonNull(caseId, "caseId");
		this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
		this.receivedAt = moment(receivedAt, "receivedAt");
		if (committedLimitDays < 1 || statutoryLimitDays < committedLimitDays
				|| statutoryLimitDays > WorkingDayCalendar.MAX_DAYS) {
			// R15.3: the committed limit may be shorter than the statutory one, never
			// longer.
			throw new IllegalArgumentException("Limits must be 0 < committed (" + committedLimitDays
					+ ") <= statutory (" + statutoryLimitDays + ")");
		}
		this.startsOn = startsOn;
		this.acceptedOn = acceptedOn;
		this.statutoryLimitDays = statutoryLimitDays;
		this.committedLimitDays = committedLimitDays;
		this.joint = joint;
		this.pauses = new ArrayList<>(pauses);
		this.extension = extension;
		this.steps = new ArrayList<>(steps);
		this.stoppedAt = stoppedAt;
	}

	/**
	 * A clock that runs from {@code startsOn} (null while the calendar of the day after
	 * receipt is not loaded).
	 */
	public static LegalClock start(UUID caseId, String caseNumber, Instant receivedAt, LocalDate startsOn,
			int statutoryLimitDays, int committedLimitDays, boolean joint) {
		return new LegalClock(caseId, caseNumber, receivedAt, startsOn, null, statutoryLimitDays, committedLimitDays,
				joint, List.of(), null, List.of(), null);
	}

	/**
	 * Stops counting from {@code at}, and the open step clocks with it, until
	 * {@link #resume(Instant)}.
	 */
	public void pause(PauseReason reason, String note, Instant at) {
		Objects.requireNonNull(reason, "reason");
		Instant start = moment(at, "at");
		requireRunning();
		if (isPaused()) {
			throw refused("supervision.clock.alreadyPaused");
		}
		pauses.add(new Pause(reason, optionalText("note", note), start, null));
	}

	public void resume(Instant at) {
		Instant end = moment(at, "at");
		requireRunning();
		if (!isPaused()) {
			throw refused("supervision.clock.notPaused");
		}
		Pause open = pauses.get(pauses.size() - 1);
		if (end.isBefore(open.startedAt())) {
			throw new IllegalArgumentException(
					"A pause cannot end (" + end + ") before it started (" + open.startedAt() + ")");
		}
		pauses.set(pauses.size() - 1, new Pause(open.reason(), open.note(), open.startedAt(), end));
	}

	/**
	 * The one extension of art. 42, signed off by an approver, with the reason the
	 * applicant is told.
	 */
	public void extend(UUID approverId, String reason, Instant at) {
		Objects.requireNonNull(approverId, "approverId");
		Instant signedOff = moment(at, "at");
		requireRunning();
		if (extension != null) {
			throw refused("supervision.clock.alreadyExtended");
		}
		String text = optionalText("reason", reason);
		if (text == null) {
			throw new InvalidParameterException("reason", "supervision.clock.reasonMissing");
		}
		extension = new Extension(joint ? JOINT_EXTENSION_DAYS : EXTENSION_DAYS, text, approverId, signedOff);
	}

	/**
	 * Starts the clock of a step (a step code such as ACCEPTANCE); a step may run again
	 * once it has finished.
	 */
	public void startStep(String step, int limitDays, Instant at) {
		requireStepCode(step);
		Instant start = moment(at, "at");
		if (limitDays < 1 || limitDays > WorkingDayCalendar.MAX_DAYS) {
			throw new IllegalArgumentException("A step's limit must be at least one day, not " + limitDays);
		}
		requireRunning();
		if (openStep(step) != null) {
			throw refused("supervision.clock.stepOpen", step);
		}
		steps.add(new Step(step, limitDays, start, null));
	}

	public void finishStep(String step, Instant at) {
		requireStepCode(step);
		Instant end = moment(at, "at");
		requireRunning();
		Step open = openStep(step);
		if (open == null) {
			throw refused("supervision.clock.stepNotOpen", step);
		}
		steps.set(steps.indexOf(open), new Step(open.step(), open.limitDays(), open.startedAt(), end));
	}

	/** Stops the clock for good; a pause or step under way ends with it. */
	public void stop(Instant at) {
		Instant end = moment(at, "at");
		requireRunning();
		if (isPaused()) {
			resume(end);
		}
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			if (step.finishedAt() == null) {
				steps.set(i, new Step(step.step(), step.limitDays(), step.startedAt(), end));
			}
		}
		stoppedAt = end;
	}

	/**
	 * The clock as it reads at {@code now}, dates in {@code zone}. Never throws for lack
	 * of calendar.
	 */
	public CaseClock read(Instant now, ZoneId zone, WorkingDayCalendar calendar) {
		Instant readAt = stoppedAt != null && stoppedAt.isBefore(now) ? stoppedAt : now;
		LocalDate today = LocalDate.ofInstant(readAt, zone);
		WorkingDays workingDays = calendar.workingDays();
		Days caseDays = Days.of(workingDays, zone, today, pauses);
		int extensionDays = extension == null ? 0 : extension.days();
		LocalDate dueOn = startsOn == null ? null
				: orNull(() -> caseDays.nth(startsOn, committedLimitDays + extensionDays));
		LocalDate statutoryDueOn = startsOn == null ? null
				: orNull(() -> caseDays.nth(startsOn, statutoryLimitDays + extensionDays));
		Integer usedDays = startsOn == null ? null : orNull(() -> caseDays.counted(startsOn, today));
		Integer remainingDays = dueOn == null ? null
				: orNull(() -> today.isAfter(dueOn) ? -caseDays.counted(dueOn.plusDays(1), today)
						: caseDays.counted(today.isBefore(startsOn) ? startsOn : today, dueOn));
		List<StepClock> stepClocks = steps.stream().map(step -> step.read(workingDays, zone, today, pauses)).toList();
		boolean provisional = Stream
			.concat(Stream.of(startsOn, dueOn, statutoryDueOn), stepClocks.stream().map(StepClock::dueOn))
			.anyMatch(date -> date != null && calendar.isProvisional(date));
		return new CaseClock(caseId, caseNumber, receivedAt, startsOn, acceptedOn, statutoryLimitDays,
				committedLimitDays, joint, dueOn, statutoryDueOn, usedDays, remainingDays, pauses, extension,
				stepClocks, stoppedAt, now, provisional);
	}

	public boolean isPaused() {
		return !pauses.isEmpty() && pauses.get(pauses.size() - 1).endedAt() == null;
	}

	public boolean isStopped() {
		return stoppedAt != null;
	}

	public UUID caseId() {
		return caseId;
	}

	public String caseNumber() {
		return caseNumber;
	}

	public Instant receivedAt() {
		return receivedAt;
	}

	public LocalDate startsOn() {
		return startsOn;
	}

	public int statutoryLimitDays() {
		return statutoryLimitDays;
	}

	public int committedLimitDays() {
		return committedLimitDays;
	}

	public boolean joint() {
		return joint;
	}

	public List<Pause> pauses() {
		return List.copyOf(pauses);
	}

	public Extension extension() {
		return extension;
	}

	public List<Step> steps() {
		return List.copyOf(steps);
	}

	public Instant stoppedAt() {
		return stoppedAt;
	}

	private Step openStep(String step) {
		return steps.stream().filter(s -> s.step().equals(step) && s.finishedAt() == null).findFirst().orElse(null);
	}

	private void requireRunning() {
		if (stoppedAt != null) {
			throw refused("supervision.clock.stopped");
		}
	}

	private RefusedException refused(String code, Object... more) {
		Object[] args = new Object[more.length + 1];
		args[0] = caseNumber;
		System.arraycopy(more, 0, args, 1, more.length);
		return new RefusedException(Refusal.CONFLICT, code, args);
	}

	private static void requireStepCode(String step) {
		if (step == null || step.isBlank() || step.length() > MAX_STEP_LENGTH) {
			throw new IllegalArgumentException("Not a step code: " + step);
		}
	}

	/** A person's text, stripped; null when blank. */
	private static String optionalText(String parameter, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		if (stripped.length() > CaseClocks.MAX_TEXT) {
			throw new InvalidParameterException(parameter, "supervision.clock.textTooLong", CaseClocks.MAX_TEXT);
		}
		return stripped;
	}

	/**
	 * A moment as the database keeps it (to the microsecond), so that a clock reads the
	 * same before and after.
	 */
	private static Instant moment(Instant at, String name) {
		return Objects.requireNonNull(at, name).truncatedTo(ChronoUnit.MICROS);
	}

	private static <T> T orNull(Supplier<T> computation) {
		try {
			return computation.get();
		}
		catch (CalendarNotLoadedException ex) {
			return null;
		}
	}

	/**
	 * The clock of a step as kept: its code, limit, and when it started and finished
	 * (null while under way).
	 */
	public record Step(String step, int limitDays, Instant startedAt, Instant finishedAt) {

		StepClock read(WorkingDays workingDays, ZoneId zone, LocalDate today, List<Pause> casePauses) {
			List<Pause> overlapping = casePauses.stream()
				.filter(pause -> (finishedAt == null || pause.startedAt().isBefore(finishedAt))
						&& (pause.endedAt() == null || pause.endedAt().isAfter(startedAt)))
				.toList();
			Days days = Days.of(workingDays, zone, today, overlapping);
			LocalDate firstDay = LocalDate.ofInstant(startedAt, zone).plusDays(1);
			return new StepClock(step, limitDays, startedAt, orNull(() -> days.nth(firstDay, limitDays)), finishedAt);
		}

	}

	/**
	 * Counted days: working days that none of the given pauses covers (an open pause
	 * covers up to today).
	 */
	private record Days(WorkingDays workingDays, List<PausedDays> paused) {

		static Days of(WorkingDays workingDays, ZoneId zone, LocalDate today, List<Pause> pauses) {
			return new Days(workingDays,
					pauses.stream()
						.map(pause -> new PausedDays(LocalDate.ofInstant(pause.startedAt(), zone),
								pause.endedAt() == null ? today : LocalDate.ofInstant(pause.endedAt(), zone)))
						.toList());
		}

		/**
		 * The {@code n}-th counted day, {@code firstDay} being the first that may count.
		 */
		LocalDate nth(LocalDate firstDay, int n) {
			LocalDate date = firstDay;
			for (int left = n;; date = date.plusDays(1)) {
				if (isCounted(date) && --left == 0) {
					return date;
				}
			}
		}

		/**
		 * The counted days from {@code from} to {@code to}, both inclusive; zero when
		 * {@code to} is before.
		 */
		int counted(LocalDate from, LocalDate to) {
			int count = 0;
			for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
				if (isCounted(date)) {
					count++;
				}
			}
			return count;
		}

		private boolean isCounted(LocalDate date) {
			// Ask the calendar first: it throws for a year that is not loaded, which ends
			// every loop above.
			if (!workingDays.isWorkingDay(date)) {
				return false;
			}
			for (PausedDays pause : paused) {
				if (pause.covers(date)) {
					return false;
				}
			}
			return true;
		}

	}

	/** The days a pause covers, both ends included. */
	private record PausedDays(LocalDate first, LocalDate last) {

		boolean covers(LocalDate date) {
			return !date.isBefore(first) && !date.isAfter(last);
		}

	}

}
