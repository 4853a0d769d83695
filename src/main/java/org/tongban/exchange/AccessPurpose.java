package org.tongban.exchange;

import org.tongban.shared.LocalizedText;

/**
 * Who reads a registry, and why (R9.3): the access log keeps it and shows it to the
 * citizen whose data was read (R16.1).
 *
 * @param caller the module and activity, e.g. {@code identity:registration}, or the staff
 * or department id
 * @param purpose what the read is for, in words the citizen understands, e.g. 用户注册实名核验
 * @param caseReference the case the read serves, or {@code null} outside a case
 */
public record AccessPurpose(String caller, LocalizedText purpose, String caseReference) {

	private static final int MAX_CALLER_LENGTH = 100;

	private static final int MAX_PURPOSE_LENGTH = 200;

	private static final int MAX_CASE_REFERENCE_LENGTH = 64;

	/**
	 * @throws IllegalArgumentException if the caller or the purpose is missing, or a part
	 * is too long
	 */
	public AccessPurpose {
		if (caller == null || caller.isBlank() || caller.length() > MAX_CALLER_LENGTH) {
			throw new IllegalArgumentException(
					"A registry read needs its caller, of at most " + MAX_CALLER_LENGTH + " characters");
		}
		if (purpose == null || purpose.zh().length() > MAX_PURPOSE_LENGTH
				|| (purpose.en() != null && purpose.en().length() > MAX_PURPOSE_LENGTH)) {
			throw new IllegalArgumentException(
					"A registry read needs its purpose, of at most " + MAX_PURPOSE_LENGTH + " characters");
		}
		if (caseReference != null && (caseReference.isBlank() || caseReference.length() > MAX_CASE_REFERENCE_LENGTH)) {
			throw new IllegalArgumentException(
					"A case reference has 1 to " + MAX_CASE_REFERENCE_LENGTH + " characters");
		}
	}

	/** A read outside any case, such as the verification of a registration. */
	public static AccessPurpose of(String caller, LocalizedText purpose) {
		return new AccessPurpose(caller, purpose, null);
	}

}
