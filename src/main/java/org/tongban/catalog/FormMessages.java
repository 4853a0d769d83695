package org.tongban.catalog;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tongban.shared.LocalizedText;

/** Words a problem of a form for the applicant, in their language (R3.1). */
@Component
public class FormMessages {

	private final MessageSource messages;

	FormMessages(MessageSource messages) {
		this.messages = messages;
	}

	public String message(FormProblem problem, Locale locale) {
		return messages.getMessage(problem.code(), LocalizedText.in(locale, problem.arguments().toArray()), locale);
	}

}
