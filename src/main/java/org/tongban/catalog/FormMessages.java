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
		Object[] arguments = problem.arguments()
			.stream()
			.map(argument -> argument instanceof LocalizedText text ? text.in(locale) : argument)
			.toArray();
		return messages.getMessage(problem.code(), arguments, locale);
	}

}
