package org.tongban.supervision;

/** Why a clock stands still (R8.2, R15.4). */
public enum PauseReason {

	/** The applicant corrects the application after a correction notice (R4.2). */
	CORRECTION,
	/**
	 * Hearing, on-site inspection, testing, appraisal or expert review (特殊环节, art. 45).
	 */
	SPECIAL_PERIOD

}
