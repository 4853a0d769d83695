package org.tongban.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A step of an application's timeline (R7.1).
 *
 * @param step the step's code, named by the message {@code application.step.<step>}
 * @param departmentCode the department that handles it, or null when the applicant does
 * @param dueOn its deadline, if it has one
 * @param finishedAt when it ended, or null while it is under way
 */
public record TimelineStep(String step, String departmentCode, Instant startedAt, LocalDate dueOn, Instant finishedAt) {

	public boolean isOpen() {
		return finishedAt == null;
	}

}
