package org.tongban.approval;

/** What a review step recommends to the next step. */
public enum ReviewOutcome {

	/** The conditions are met. */
	APPROVE,
	/** The conditions are not met; the approver decides. */
	REJECT

}
