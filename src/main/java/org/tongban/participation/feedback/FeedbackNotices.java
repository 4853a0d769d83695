package org.tongban.participation.feedback;

import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tongban.identity.Accounts;
import org.tongban.identity.ApplicantParticulars;
import org.tongban.notification.EmailAddress;
import org.tongban.notification.EmailMessage;
import org.tongban.notification.NotificationFailedException;
import org.tongban.notification.Notifications;
import org.tongban.notification.SmsMessage;
import org.tongban.shared.identifiers.MobileNumber;

/**
 * Tells the filer that their feedback was answered (R10.1), by SMS to the mobile number
 * they gave or their account's, else by e-mail to the address they gave; a filer who gave
 * neither reads the answer on the follow page. Sent after the answer commits, so that a
 * failing gateway never undoes the answer: a failure is logged, and the answer stays on
 * the follow page. The message says the number and that the answer is on the follow page,
 * never the answer itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedbackProperties.class)
class FeedbackNotices {

	private static final Logger log = LoggerFactory.getLogger(FeedbackNotices.class);

	private final Feedbacks feedbacks;

	private final Accounts accounts;

	private final Notifications notifications;

	FeedbackNotices(Feedbacks feedbacks, Accounts accounts, Notifications notifications) {
		this.feedbacks = feedbacks;
		this.accounts = accounts;
		this.notifications = notifications;
	}

	@TransactionalEventListener
	void on(FeedbackAnswered answered) {
		feedbacks.contactOf(answered.feedbackId()).ifPresent(contact -> {
			try {
				Optional<MobileNumber> mobile = Optional.ofNullable(contact.mobile())
					.map(MobileNumber::parse)
					.or(() -> Optional.ofNullable(contact.accountId()).flatMap(this::accountMobile));
				if (mobile.isPresent()) {
					notifications.sms(mobile.get(),
							SmsMessage.of("notification.sms.feedbackAnswered", answered.number()), Locale.CHINA);
				}
				else if (contact.email() != null) {
					notifications.email(new EmailAddress(contact.email()),
							EmailMessage.of("notification.email.feedbackAnswered", answered.number()), Locale.CHINA);
				}
			}
			catch (NotificationFailedException failed) {
				log.warn("The answer to feedback {} was not told: {}", answered.number(), failed.getMessage());
			}
		});
	}

	/**
	 * An applicant's verified mobile; staff who filed read the answer under their number.
	 */
	private Optional<MobileNumber> accountMobile(java.util.UUID accountId) {
		return accounts.actor(accountId)
			.filter(actor -> !actor.isStaff())
			.map(actor -> accounts.particulars(accountId))
			.map(ApplicantParticulars::mobile);
	}

}
