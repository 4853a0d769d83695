package org.tongban.approval;

/**
 * The actions of {@link CaseWork}, as the API names them ({@link #path()}) and as a case
 * offers them.
 */
public enum CaseAction {

	CLAIM, RELEASE, ACCEPT, ACCEPT_WITH_GAPS, REFUSE, REQUEST_CORRECTION, REVIEW, SEND_BACK, START_SPECIAL_PERIOD,
	END_SPECIAL_PERIOD, EXPERT_REVIEW, EXTEND, DECIDE, WRITE;

	/**
	 * {@code request-correction}, as in {@code POST
	 * /api/v1/staff/cases/{number}/request-correction}.
	 */
	public String path() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
