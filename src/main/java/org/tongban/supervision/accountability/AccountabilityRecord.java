package org.tongban.supervision.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An accountability record (问责记录, R8.3) of a case whose case clock went overdue, as it
 * reads now.
 *
 * @param step the step under way when the case went overdue, or null
 * @param officerName who held the task of that step, or null when nobody had claimed it
 * @param daysOverdue working days counted after the due day, up to today or the day the
 * case ended
 * @param reason the department's answer, or null before
 * @param finding the supervisor's finding, or null before
 */
record AccountabilityRecord(UUID id, UUID caseId, String caseNumber, String departmentCode, String step, UUID officerId,
		String officerName, LocalDate dueOn, int daysOverdue, Status status, Instant openedAt, String reason,
		Instant answeredAt, Finding finding, String actionTaken, Instant foundAt, Instant closedAt) {

	/** The life cycle: the department answers, the supervisor finds, then closes. */
	enum Status {

		OPEN, ANSWERED, FOUND, CLOSED

	}

	enum Finding {

		/** The department's reason justifies the delay. */
		JUSTIFIED,

		/** It does not: the action taken says what follows. */
		NOT_JUSTIFIED

	}

}
