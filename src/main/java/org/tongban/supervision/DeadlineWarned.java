package org.tongban.supervision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A deadline warning was raised (R8.3): once per clock and level, on whichever node found
 * it first. Whoever handles the case, its department's approvers and supervisors are to
 * be told.
 *
 * @param step the step whose clock is warned, or null for the case clock
 * @param dueOn the due day the warning is about
 */
public record DeadlineWarned(UUID caseId, String caseNumber, String step, Level level, LocalDate dueOn) {

	public enum Level {

		/** The due day is near: within a configured number of working days. */
		YELLOW,

		/** The due day has passed. */
		RED

	}

}
