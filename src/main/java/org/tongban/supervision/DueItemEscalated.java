package org.tongban.supervision;

import java.time.LocalDate;

import org.tongban.supervision.DeadlineEscalated.Rung;

/**
 * An overdue item another module owes ({@link DueItems}) went up a rung of the escalation
 * ladder (R8.3), as an overdue case does: once per item, due day and rung, on whichever
 * node found it first.
 *
 * @param workingDaysOverdue the working days it has been red before it went up
 */
public record DueItemEscalated(DueItems.Kind kind, String reference, String departmentCode, Rung rung, LocalDate dueOn,
		int workingDaysOverdue) {
}
