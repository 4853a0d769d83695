package org.tongban.application.web;

import java.util.Locale;

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

}
