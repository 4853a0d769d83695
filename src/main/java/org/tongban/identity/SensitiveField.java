package org.tongban.identity;

/**
 * The personal numbers of an account that are shown masked unless a role needs them in
 * full (R12.1).
 */
public enum SensitiveField {

	/** A mobile phone number of a staff account. */
	MOBILE,

	/**
	 * An ID number given in an application's form (R12.1: masked on the staff case page).
	 */
	ID_NUMBER,

	/** A phone number given in an application's form. */
	PHONE

}
