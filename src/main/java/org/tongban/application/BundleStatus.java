package org.tongban.application;

/** Where a bundle application stands as a whole (R2.5, R5.2). */
public enum BundleStatus {

	/** Being filled in by the applicant (or the window clerk with them). */
	DRAFT,

	/** Submitted: its stages are under way. */
	SUBMITTED,

	/** Every member has ended: granted, denied, refused, withdrawn or stopped. */
	FINISHED,

	/** Withdrawn by the applicant before every member ended. */
	WITHDRAWN

}
