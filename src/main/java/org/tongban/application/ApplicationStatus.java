package org.tongban.application;

/** Where an application stands on the applicant's side. */
public enum ApplicationStatus {

	/** Being filled in; only the applicant sees it. */
	DRAFT,
	/**
	 * A member of a submitted bundle whose stage has not started: it has its number, and
	 * no case yet (R5.2).
	 */
	WAITING,
	/**
	 * Received with a number and a query code; the department decides on acceptance
	 * (R4.1).
	 */
	SUBMITTED,
	/**
	 * The department asked for corrections; its clock stands still until the applicant
	 * resubmits (R4.2).
	 */
	CORRECTION_REQUESTED,
	/** Accepted (受理), by a clerk or by law; under review. */
	ACCEPTED,
	/** Not accepted (不予受理), with reason and legal basis. */
	REFUSED,
	/** Decided: licence granted (准予行政许可). */
	GRANTED,
	/** Decided: licence denied (不予行政许可). */
	DENIED,
	/** Withdrawn by the applicant before a decision (R3.5). */
	WITHDRAWN,
	/**
	 * A member of a bundle that never started because a member of an earlier stage was
	 * not granted (R5.2).
	 */
	STOPPED,
	/**
	 * Granted, then revoked (撤销) by the department: a grant on informed commitment whose
	 * commitment post-verification found false (R5.5, R15.7).
	 */
	REVOKED;

	/** Whether the applicant may still withdraw: after submission, before a decision. */
	public boolean isWithdrawable() {
		return this == SUBMITTED || this == CORRECTION_REQUESTED || this == ACCEPTED;
	}

	/** Whether the case has ended. */
	public boolean isFinal() {
		return this == REFUSED || this == GRANTED || this == DENIED || this == WITHDRAWN || this == STOPPED
				|| this == REVOKED;
	}

}
