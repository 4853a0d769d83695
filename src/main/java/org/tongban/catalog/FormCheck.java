package org.tongban.catalog;

import java.util.List;

/** STUB until the forms branch lands. */
public record FormCheck(List<FormProblem> problems, List<FormProblem> stops) {

	public boolean passed() {
		return problems.isEmpty() && stops.isEmpty();
	}

	public List<FormProblem> problemsOf(String field) {
		return problems.stream().filter(p -> field.equals(p.field())).toList();
	}

}
