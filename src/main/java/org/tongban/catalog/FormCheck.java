package org.tongban.catalog;

import java.util.List;

/**
 * The result of checking answers against a form: the problems the applicant can correct,
 * and the stops that mean the application cannot be accepted whatever is corrected
 * (R16.6).
 */
public record FormCheck(List<FormProblem> problems, List<FormProblem> stops) {

	public FormCheck {
		problems = List.copyOf(problems);
		stops = List.copyOf(stops);
	}

	public boolean passed() {
		return problems.isEmpty() && stops.isEmpty();
	}

	/** The problems to show next to a field; stops are shown for the whole form. */
	public List<FormProblem> problemsOf(String field) {
		return problems.stream().filter(problem -> field.equals(problem.field())).toList();
	}

}
