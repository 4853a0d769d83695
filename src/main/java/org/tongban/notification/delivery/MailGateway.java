package org.tongban.notification.delivery;

import org.tongban.notification.NotificationFailedException;

/**
 * The port through which e-mails leave the platform. Adapters: the
 * {@link SmtpMailGateway} whenever a mail server is configured
 * ({@code spring.mail.host}); otherwise the development outbox in the demo profile, and
 * in any other profile a log of each e-mail left unsent. An adapter tries once, like the
 * {@link SmsGateway}; the notification outbox retries (R6.2).
 */
@FunctionalInterface
public interface MailGateway {

	/**
	 * Returns once the mail server has accepted the message.
	 * @throws NotificationFailedException if it did not
	 */
	void send(Email email);

}
