package org.tongban.notification;

import java.util.List;
import java.util.Objects;

/**
 * What an e-mail says: a template of the bundle {@code i18n/notification}, whose subject
 * is the key {@code <template>.subject} and whose plain-text body is
 * {@code <template>.body}, and the values of their placeholders. Both are written in the
 * recipient's language when it is sent; the body ends with the platform's footer.
 *
 * @param template the message key without its suffix, beginning with
 * {@code notification.email.}
 * @param arguments the values of {@code {0}}, {@code {1}}, ... in subject and body
 */
public record EmailMessage(String template, List<Object> arguments) {

	static final String PREFIX = "notification.email.";

	public EmailMessage {
		Objects.requireNonNull(template, "template");
		if (!template.startsWith(PREFIX)) {
			throw new IllegalArgumentException("An e-mail template is a key " + PREFIX + "*, not " + template);
		}
		arguments = List.copyOf(arguments);
	}

	public static EmailMessage of(String template, Object... arguments) {
		return new EmailMessage(template, List.of(arguments));
	}

	/**
	 * Welcomes a new applicant, and warns them if someone else registered with their
	 * address (R1.1).
	 */
	public static EmailMessage accountRegistered(String name) {
		return of(PREFIX + "accountRegistered", name);
	}

}
