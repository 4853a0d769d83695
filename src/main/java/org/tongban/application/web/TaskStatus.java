package org.tongban.application.web;

import org.tongban.catalog.FormAnswers;
import org.tongban.catalog.FormCheck;

/**
 * Where a task of the task list stands (GOV.UK "complete multiple tasks"), named by
 * {@code apply.task.<status>}.
 */
enum TaskStatus {

	COMPLETED, INCOMPLETE, ERRORS;

	/**
	 * A task with a wrong answer has errors; one that only lacks answers is incomplete.
	 */
	static TaskStatus of(FormCheck check, FormAnswers answers) {
		if (check.problems().isEmpty()) {
			return COMPLETED;
		}
		boolean wrong = check.problems()
			.stream()
			.anyMatch(problem -> problem.field() != null && answers.has(problem.field()));
		return wrong ? ERRORS : INCOMPLETE;
	}

}
