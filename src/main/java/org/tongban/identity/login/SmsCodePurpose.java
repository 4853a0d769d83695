package org.tongban.identity.login;

/** What an SMS code is for: a code sent for one purpose is worthless for the other. */
public enum SmsCodePurpose {

	/**
	 * Log-in instead of a password (R1.3); sent only to the mobile of an applicant's
	 * account.
	 */
	LOGIN,

	/** Proof that a new applicant holds the mobile they register with (R1.1). */
	REGISTRATION,

	/**
	 * Proof that an applicant can be reached at the contact phone of an application,
	 * where its notices then go too (R6.2); asked for only by the applicant of the
	 * application.
	 */
	CONTACT_PHONE,

	/**
	 * Signing an informed commitment (告知承诺书, R5.5) with a code sent to the signer's own
	 * verified mobile.
	 */
	COMMITMENT

}
