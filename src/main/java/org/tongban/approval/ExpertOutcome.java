package org.tongban.approval;

/** What an expert concludes on a case (R5.3). */
public enum ExpertOutcome {

	AGREE, AGREE_WITH_CONDITIONS, DISAGREE

}
