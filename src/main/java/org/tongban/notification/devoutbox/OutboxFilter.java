package org.tongban.notification.devoutbox;

import java.util.Locale;

import org.tongban.notification.EmailAddress;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.identifiers.MobileNumber;

/**
 * Which messages a tester wants to see. A recipient is read the way the platform reads it
 * when sending, so that {@code +86 138-0013-8000} finds the messages to 13800138000, and
 * an e-mail address is found in any case.
 *
 * One recipient at a time: the outbox holds the codes of everybody, and nobody is shown
 * all of them at once.
 *
 * @param recipient normalized and in lower case
 * @param channel or {@code null} for both
 */
record OutboxFilter(String recipient, Channel channel) {

	/**
	 * @throws InvalidParameterException naming {@code recipient} if it is missing, or
	 * neither a mobile number nor an address
	 */
	static OutboxFilter of(String recipient, Channel channel) {
		if (recipient == null || recipient.isBlank()) {
			throw new InvalidParameterException("recipient", "notification.outbox.recipient.required");
		}
		return new OutboxFilter(normalized(recipient), channel);
	}

	private static String normalized(String recipient) {
		if (MobileNumber.isValid(recipient)) {
			return MobileNumber.parse(recipient).value();
		}
		if (EmailAddress.isValid(recipient)) {
			return EmailAddress.parse(recipient).value().toLowerCase(Locale.ROOT);
		}
		throw new InvalidParameterException("recipient", "notification.outbox.recipient.invalid");
	}

}
