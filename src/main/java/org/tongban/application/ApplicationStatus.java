package org.tongban.application;

/** Where an application stands on the applicant's side. */
public enum ApplicationStatus {

	/** Being filled in; only the applicant sees it. */
	DRAFT,
	/** Received with a number and a query code; the department decides on acceptance (R4.1). */
	SUBMITTED,
	/** Withdrawn by the applicant before a decision (R3.5). */
	WITHDRAWN;

	/** Whether the applicant may still withdraw: after submission, before a decision. */
	public boolean isWithdrawable() {
		return this == SUBMITTED;
	}

}
