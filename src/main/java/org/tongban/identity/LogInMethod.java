package org.tongban.identity;

/**
 * How the actor of a session or an API token proved who they are at log-in (R1.3), as the
 * log-in recorded it, never as a request claims it: a commitment is signed with a
 * certificate only in a log-in made with one (R5.5).
 */
public enum LogInMethod {

	/** Account name and password, with a staff member's second factor. */
	PASSWORD,

	/** A code sent by SMS to the account's mobile. */
	SMS_CODE,

	/** The signature of a challenge with the key of a CA certificate. */
	CERTIFICATE

}
