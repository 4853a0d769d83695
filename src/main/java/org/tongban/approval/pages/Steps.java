package org.tongban.approval.pages;

import java.util.List;

/** The step codes of the standard processes, in the order a case goes through them, named by {@code staff.step.*}. */
final class Steps {

	/** The steps at which staff work, which the queue can be filtered by. */
	static final List<String> WORK = List.of("ACCEPTANCE", "REVIEW", "INITIAL_REVIEW", "INSPECTION", "RE_REVIEW",
			"DECISION");

	private Steps() {
	}

}
