package org.tongban.participation.feedback;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Under {@code tongban.participation.feedback.*}.
 * <p>
 * The response limits follow the city's 12345 hotline rules
 * (《国务院办公厅关于进一步优化地方政务服务便民热线的指导意见》, 国办发〔2020〕53号, as the city applies it): a complaint or
 * report is answered within 5 working days, a suggestion within 10. A reopened one gets
 * the limit of its kind again, counted from the day it was reopened.
 *
 * @param complaintDays working days to answer a complaint
 * @param reportDays working days to answer a report
 * @param suggestionDays working days to answer a suggestion
 * @param filingsPerMinute filings one client address may make in a minute, on the pages
 * and through Open311 together (R12.4)
 * @param followsPerMinute looks-up by number and query code one client address may make
 * in a minute, so that query codes cannot be tried (R12.4)
 */
@ConfigurationProperties("tongban.participation.feedback")
record FeedbackProperties(@DefaultValue("5") int complaintDays, @DefaultValue("5") int reportDays,
		@DefaultValue("10") int suggestionDays, @DefaultValue("5") int filingsPerMinute,
		@DefaultValue("30") int followsPerMinute) {

	int daysFor(Feedback.Kind kind) {
		return switch (kind) {
			case COMPLAINT -> complaintDays;
			case REPORT -> reportDays;
			case SUGGESTION -> suggestionDays;
		};
	}

}
