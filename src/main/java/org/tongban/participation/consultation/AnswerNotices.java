package org.tongban.participation.consultation;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Accounts;
import org.tongban.identity.StaffContact;
import org.tongban.notification.EmailMessage;
import org.tongban.notification.Notifications;
import org.tongban.notification.SmsMessage;
import org.tongban.shared.identifiers.MobileNumber;

/**
 * Tells the asker that their question was answered (R10.3), after the answer commits: an
 * anonymous asker at the contact they gave, a logged-in one at their account's verified
 * mobile number (an enterprise's account has none: it finds the answer under
 * {@code /my/questions}). The message carries the number only; the answer is read on the
 * platform. A failed delivery leaves the event to be retried.
 */
@Component
class AnswerNotices {

	private final Consultations consultations;

	private final Accounts accounts;

	private final Notifications notifications;

	AnswerNotices(Consultations consultations, Accounts accounts, Notifications notifications) {
		this.consultations = consultations;
		this.accounts = accounts;
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(QuestionAnswered answered) {
		Question question = consultations.byId(answered.questionId()).orElseThrow();
		if (question.contact() != null && question.contact().email() != null) {
			notifications.email(question.contact().email(),
					EmailMessage.of("notification.email.consultationAnswered", question.number()), question.locale());
			return;
		}
		MobileNumber mobile = question.contact() != null ? question.contact().mobile() : accountMobile(question);
		if (mobile != null) {
			notifications.sms(mobile, SmsMessage.of("notification.sms.consultationAnswered", question.number()),
					question.locale());
		}
	}

	private MobileNumber accountMobile(Question question) {
		return accounts.actor(question.askerId()).map(actor -> {
			if (actor.kind() == AccountKind.STAFF) {
				return accounts.staffContact(actor.id()).map(StaffContact::mobile).orElse(null);
			}
			return actor.kind() == AccountKind.NATURAL_PERSON ? accounts.particulars(actor.id()).mobile() : null;
		}).orElse(null);
	}

}
