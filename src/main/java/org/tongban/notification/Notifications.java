package org.tongban.notification;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.tongban.notification.delivery.Email;
import org.tongban.notification.delivery.MailGateway;
import org.tongban.notification.delivery.Sms;
import org.tongban.notification.delivery.SmsGateway;
import org.tongban.notification.outbox.CaseNotices;
import org.tongban.shared.identifiers.MobileNumber;

/**
 * Sends SMS and e-mails to applicants and staff (R6.2), written from the templates of
 * {@code i18n/notification} in the recipient's language. A message is handed over at once
 * and the call returns when the gateway has taken it; in the demo profile it goes to the
 * development outbox instead ({@code /dev/outbox}).
 * <p>
 * A failure of {@link #sms} or {@link #email} is thrown, not retried: log-in codes are
 * wanted now or not at all. Notices of the steps of a case ({@link #tell}) go through
 * this module's outbox instead, and are retried.
 */
@Service
public class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	private final MessageSource messages;

	private final SmsGateway smsGateway;

	private final MailGateway mailGateway;

	private final CaseNotices caseNotices;

	Notifications(MessageSource messages, SmsGateway smsGateway, MailGateway mailGateway, CaseNotices caseNotices) {
		this.messages = messages;
		this.smsGateway = smsGateway;
		this.mailGateway = mailGateway;
		this.caseNotices = caseNotices;
	}

	/**
	 * Sends an SMS, e.g.
	 * {@code sms(phone, SmsMessage.loginCode("204816", Duration.ofMinutes(5)), locale)}.
	 * @param locale the recipient's language; Chinese for any the platform does not speak
	 * @throws NotificationFailedException if the SMS gateway did not take the message
	 */
	public void sms(MobileNumber to, SmsMessage message, Locale locale) {
		Objects.requireNonNull(to, "to");
		String text = text("notification.sms.signature", locale)
				+ text(message.template(), locale, message.arguments().toArray());
		var sms = new Sms(UUID.randomUUID(), to, text);
		smsGateway.send(sms);
		log.info("SMS {} ({}) to {} handed over", sms.id(), message.template(), to);
	}

	/**
	 * Sends a plain-text e-mail, e.g.
	 * {@code email(address, EmailMessage.accountRegistered("张伟"), locale)}.
	 * @param locale the recipient's language; Chinese for any the platform does not speak
	 * @throws NotificationFailedException if the mail server did not take the message
	 */
	public void email(EmailAddress to, EmailMessage message, Locale locale) {
		Objects.requireNonNull(to, "to");
		Object[] arguments = message.arguments().toArray();
		String subject = text(message.template() + ".subject", locale, arguments);
		String body = text(message.template() + ".body", locale, arguments) + "\n\n"
				+ text("notification.email.footer", locale);
		var email = new Email(UUID.randomUUID(), to, subject, body);
		mailGateway.send(email);
		log.info("E-mail {} ({}) to {} handed over", email.id(), message.template(), to);
	}

	/**
	 * Tells an applicant about a step of their case (R6.2) by in-app message, SMS (if the
	 * recipient has a mobile number) and e-mail (if they gave an address), in the
	 * caller's transaction: the notice is written to this module's outbox and delivered,
	 * with retries, after the transaction commits, so that a failing mail server neither
	 * loses nor blocks it.
	 */
	public void tell(Recipient recipient, CaseNotice notice) {
		Objects.requireNonNull(recipient.accountId(), "recipient.accountId");
		caseNotices.tell(recipient, Objects.requireNonNull(notice, "notice"));
	}

	/**
	 * Tells an applicant about a step of their case by SMS only, at a further number they
	 * proved they are reached at (the contact phone of an application, R6.2); through the
	 * outbox, as {@link #tell} does.
	 */
	public void tellBySms(Recipient recipient, CaseNotice notice) {
		Objects.requireNonNull(recipient.accountId(), "recipient.accountId");
		Objects.requireNonNull(recipient.mobile(), "recipient.mobile");
		caseNotices.tellBySms(recipient, Objects.requireNonNull(notice, "notice"));
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, Objects.requireNonNull(locale, "locale"));
	}

}
