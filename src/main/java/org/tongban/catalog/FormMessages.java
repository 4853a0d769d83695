package org.tongban.catalog;

import java.util.Locale;

import org.springframework.stereotype.Component;

/** STUB until the forms branch lands. */
@Component
public class FormMessages {

	public String message(FormProblem problem, Locale locale) {
		return problem.code();
	}

}
