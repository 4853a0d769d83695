package org.tongban.supervision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An overdue case went up a rung of the escalation ladder (R8.3): its clock stayed red
 * for the configured working days (once, twice) after its due day. Recorded once per case
 * and rung, on whichever node found it first. The people of the rung are to be told.
 *
 * @param dueOn the due day the case passed
 * @param workingDaysOverdue the working days it has been red before it went up
 */
public record DeadlineEscalated(UUID caseId, String caseNumber, Rung rung, LocalDate dueOn, int workingDaysOverdue) {

	public enum Rung {

		/** The head of the department: its approvers (the department's leaders). */
		DEPARTMENT_HEAD,

		/** The supervision office: every supervisor. */
		SUPERVISION_OFFICE

	}

}
