package org.tongban.approval.internal;

import org.tongban.application.CaseStep;

/**
 * The step codes and routes of the approval processes beside those the models name (see {@link ProcessRoutes}).
 */
final class Steps {

	static final String ACCEPTANCE = CaseStep.ACCEPTANCE.name();

	/** The applicant corrects after a correction notice; no task is open. */
	static final String CORRECTION = CaseStep.CORRECTION.name();

	/** The message a process waits for while the applicant corrects. */
	static final String CORRECTED_MESSAGE = "applicationCorrected";

	/** The routes of the gateways after the user tasks, other than the step codes of send-backs. */
	static final String ACCEPT = "ACCEPT";

	static final String REFUSE = "REFUSE";

	static final String REQUEST_CORRECTION = "CORRECTION";

	static final String FORWARD = "FORWARD";

	private Steps() {
	}

}
