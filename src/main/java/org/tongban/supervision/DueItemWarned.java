package org.tongban.supervision;

import java.time.LocalDate;

import org.tongban.supervision.DeadlineWarned.Level;

/**
 * An item another module owes by a due day ({@link DueItems}) was warned of (R8.3): once
 * per item, due day and level, on whichever node found it first. A reopened complaint has
 * a new due day, and is warned of again.
 */
public record DueItemWarned(DueItems.Kind kind, String reference, String departmentCode, Level level, LocalDate dueOn) {
}
