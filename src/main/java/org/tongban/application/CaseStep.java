package org.tongban.application;

import java.util.Arrays;
import java.util.List;

/**
 * The steps a case goes through on the department's side, in the order of the processes,
 * and the applicant's own step while correcting. A process model names the step of each
 * user task in {@code flowable:category}; pages name a step by {@code staff.step.<STEP>}
 * and {@code apply.step.<STEP>}.
 */
public enum CaseStep {

	ACCEPTANCE, CORRECTION, REVIEW, INITIAL_REVIEW, INSPECTION, RE_REVIEW, DECISION;

	/** Whether staff work at the step; the applicant works at {@link #CORRECTION}. */
	public boolean isWork() {
		return this != CORRECTION;
	}

	/** The codes of the steps staff work at, in the order of the processes. */
	public static List<String> workCodes() {
		return Arrays.stream(values()).filter(CaseStep::isWork).map(CaseStep::name).toList();
	}

	/** Whether a text is the code of a step. */
	public static boolean isCode(String code) {
		return Arrays.stream(values()).anyMatch(step -> step.name().equals(code));
	}

}
