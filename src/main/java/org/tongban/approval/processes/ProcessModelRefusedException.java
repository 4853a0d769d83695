package org.tongban.approval.processes;

import java.util.List;

import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;

/**
 * An uploaded process model that is not deployed (R5.1), with every problem found, so
 * that the administrator can fix them all at once. Answered 422: the upload was
 * understood and its content refused.
 */
public class ProcessModelRefusedException extends RefusedException {

	private final transient List<ProcessModelProblem> problems;

	public ProcessModelRefusedException(List<ProcessModelProblem> problems) {
		super(Refusal.UNPROCESSABLE, problems.get(0).code(), problems.get(0).args());
		this.problems = List.copyOf(problems);
	}

	public List<ProcessModelProblem> problems() {
		return problems;
	}

}
