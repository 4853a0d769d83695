package org.tongban.participation.consultation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Under {@code tongban.consultation.*}.
 *
 * @param answerDays the working days a department has to answer a question, counted from
 * the day after it was asked (R10.3)
 * @param questionsPerMinute the questions one client address may ask in a minute, on each
 * node (R12.4)
 */
@ConfigurationProperties("tongban.consultation")
record ConsultationProperties(@DefaultValue("3") int answerDays, @DefaultValue("5") int questionsPerMinute) {

	ConsultationProperties {
		if (answerDays < 1) {
			throw new IllegalArgumentException("A department has at least one working day to answer: " + answerDays);
		}
	}

}
