package org.tongban.notification;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What an SMS says: a template of the bundle {@code i18n/notification}
 * ({@code notification.sms.*}) and the values of its placeholders. The text is written in
 * the recipient's language when it is sent, after the platform's signature (签名).
 * Arguments are formatted by {@link java.text.MessageFormat}: pass codes as strings, so
 * that {@code 012345} keeps its leading zero and no digit grouping.
 *
 * @param template the message key, beginning with {@code notification.sms.}
 * @param arguments the values of {@code {0}}, {@code {1}}, ...
 */
public record SmsMessage(String template, List<Object> arguments) {

	static final String PREFIX = "notification.sms.";

	public SmsMessage {
		Objects.requireNonNull(template, "template");
		if (!template.startsWith(PREFIX)) {
			throw new IllegalArgumentException("An SMS template is a key " + PREFIX + "*, not " + template);
		}
		arguments = List.copyOf(arguments);
	}

	public static SmsMessage of(String template, Object... arguments) {
		return new SmsMessage(template, List.of(arguments));
	}

	/**
	 * The code that proves a new applicant holds the mobile phone they register with
	 * (R1.1).
	 */
	public static SmsMessage registrationCode(String code, Duration validFor) {
		return of(PREFIX + "registrationCode", code, minutes(validFor));
	}

	/**
	 * The code that proves the applicant can be reached at the contact phone of an
	 * application (R6.2).
	 */
	public static SmsMessage contactPhoneCode(String code, Duration validFor) {
		return of(PREFIX + "contactPhoneCode", code, minutes(validFor));
	}

	/**
	 * A one-time code to sign an informed commitment with (告知承诺, R5.5): the signer learns
	 * what they are signing.
	 */
	public static SmsMessage commitmentCode(String code, Duration validFor) {
		return of(PREFIX + "commitmentCode", code, minutes(validFor));
	}

	/** A one-time code to log in with instead of a password (R1.3). */
	public static SmsMessage loginCode(String code, Duration validFor) {
		return of(PREFIX + "loginCode", code, minutes(validFor));
	}

	/**
	 * The second factor of a member of staff who has no authenticator app at hand (R1.3).
	 */
	public static SmsMessage secondFactorCode(String code, Duration validFor) {
		return of(PREFIX + "secondFactorCode", code, minutes(validFor));
	}

	private static long minutes(Duration validFor) {
		if (validFor.toMinutes() < 1) {
			throw new IllegalArgumentException("A code is valid for whole minutes, at least one: " + validFor);
		}
		return validFor.toMinutes();
	}

}
