package org.tongban.approval.processes;

import java.util.Arrays;

/**
 * One reason an uploaded process model is refused, as a message code of
 * {@code i18n/approval} and its arguments, for the administrator to fix the model.
 */
public record ProcessModelProblem(String code, Object... args) {

	public ProcessModelProblem {
		args = args.clone();
	}

	@Override
	public Object[] args() {
		return args.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ProcessModelProblem problem && code.equals(problem.code)
				&& Arrays.equals(args, problem.args);
	}

	@Override
	public int hashCode() {
		return 31 * code.hashCode() + Arrays.hashCode(args);
	}

	@Override
	public String toString() {
		return code + Arrays.toString(args);
	}

}
