package org.tongban.participation.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A complaint, suggestion or report (R10.1) as the platform keeps it, without the filer's
 * contact, which only the notices read.
 *
 * @param matterCode the matter it is about, or the matter of the case it is about
 * @param caseNumber the case it is about, or null
 * @param caseId the case's id, for who handled it; never shown
 * @param departmentCode the department it is routed to
 * @param filerAccountId the account that filed it, or null for a visitor or an Open311
 * client
 * @param dueOn the last day of the department's answer, counted in working days
 * @param resolved the filer's verdict on the answer, or null while none is given
 */
public record Feedback(UUID id, String number, Kind kind, Subject subject, String matterCode, String caseNumber,
		UUID caseId, String departmentCode, String text, Channel channel, UUID filerAccountId, Instant filedAt,
		LocalDate dueOn, Status status, String answer, UUID answeredBy, Instant answeredAt, Boolean resolved) {

	/** What is filed: 投诉, 建议 or 举报. */
	public enum Kind {

		COMPLAINT, SUGGESTION, REPORT

	}

	/** What it is about. */
	public enum Subject {

		MATTER, DEPARTMENT, CASE

	}

	/** Where it was filed. */
	public enum Channel {

		WEB, OPEN311

	}

	/**
	 * Where it stands: routed to the department ({@code OPEN}), answered and waiting for
	 * the filer's verdict, reopened to the department when the filer said the answer did
	 * not resolve the problem, closed when the filer said it did or when the department
	 * answered a reopened one.
	 */
	public enum Status {

		OPEN, ANSWERED, REOPENED, CLOSED;

		/** Whether the department still owes an answer. */
		public boolean awaitsAnswer() {
			return this == OPEN || this == REOPENED;
		}

	}

	/** Whether the department owes an answer and its last day has passed. */
	public boolean isOverdue(LocalDate today) {
		return status.awaitsAnswer() && today.isAfter(dueOn);
	}

	/** Whether the filer may still say whether the answer resolved the problem: once. */
	public boolean awaitsVerdict() {
		return status == Status.ANSWERED && resolved == null;
	}

}
