package org.tongban.approval;

import java.time.Instant;
import java.time.LocalDate;

import org.tongban.application.CaseStep;
import org.tongban.application.Gap;
import org.tongban.shared.LocalizedText;
import org.tongban.supervision.CaseClock;

/**
 * An open task in a work queue.
 *
 * @param step the task's step, named by {@code approval.step.<step>}
 * @param claimedBy the name of the member of staff who claimed it, or null
 * @param limitsCountFrom the first working day the case's limits count (null while not
 * dated)
 * @param countedFrom what that day follows, receipt or acceptance (art. 42); null for a
 * case without a clock
 * @param dueOn the step's due day (null while the calendar of its year is not loaded)
 * @param caseDueOn the case's due day under the committed limit
 * @param remainingDays working days left to the case's due day; negative when overdue
 * @param colour the deadline's colour
 * @param provisional the due days fall in a year counted provisionally, its holiday
 * arrangement not being published
 * @param taskId the task, which an action names where several tasks of the case are open
 * to the same member of staff
 * @param gaps where the materials the case was accepted without stand (容缺, R15.6): the
 * reviewer sees at a glance one not supplied in time; null for a case accepted without
 * gaps
 */
public record WorkItem(String number, String matterCode, LocalizedText matterName, String applicantName, CaseStep step,
		String departmentCode, Instant receivedAt, Instant stepStartedAt, String claimedBy, boolean claimedByMe,
		LocalDate limitsCountFrom, CaseClock.CountedFrom countedFrom, LocalDate dueOn, LocalDate caseDueOn,
		Integer remainingDays, boolean paused, DeadlineColour colour, boolean provisional, String taskId,
		Gap.State gaps) {

	public enum DeadlineColour {

		/** More than two working days left. */
		GREEN,
		/** Two working days or fewer left (R8.3's warning). */
		YELLOW,
		/** Overdue. */
		RED,
		/** The clock stands still or has no date yet. */
		GREY

	}

}
