package org.tongban.application.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.tongban.catalog.FormDefinition;
import org.tongban.catalog.FormMessages;
import org.tongban.catalog.FormProblem;

/**
 * A problem of an application as the pages show it (R3.1, R16.6): its message in the
 * reader's language and a link to where it is fixed, the field in its section or the
 * material on the materials page.
 *
 * @param field the field's key, {@code material.<code>}, or null for a problem of the
 * whole form
 */
record ProblemLink(String field, String message, String href) {

	static final String MATERIAL = "material.";

	static ProblemLink of(FormProblem problem, String draftPath, FormDefinition form, FormMessages messages,
			Locale locale) {
		String field = problem.field();
		String href = null;
		if (field != null && field.startsWith(MATERIAL)) {
			href = draftPath + "/materials#material-" + field.substring(MATERIAL.length());
		}
		else if (field != null) {
			href = form.sections()
				.stream()
				.filter(section -> section.fields().stream().anyMatch(candidate -> candidate.key().equals(field)))
				.findFirst()
				.map(section -> draftPath + "/sections/" + section.key() + "#field-" + field)
				.orElse(null);
		}
		return new ProblemLink(field, messages.message(problem, locale), href);
	}

	/** The messages of each field that has problems, for the error next to it. */
	static Map<String, String> byField(List<ProblemLink> problems) {
		return problems.stream()
			.filter(problem -> problem.field() != null)
			.collect(Collectors.groupingBy(ProblemLink::field,
					Collectors.mapping(ProblemLink::message, Collectors.joining(" "))));
	}

	/** The error of each material by its code, linked to the material on its page. */
	static List<ProblemLink> toMaterials(Map<String, String> errors) {
		return errors.entrySet()
			.stream()
			.map(error -> new ProblemLink(error.getKey(), error.getValue(), "#material-" + error.getKey()))
			.toList();
	}

}
