package org.tongban.identity;

/** The personal numbers of an account that are shown masked unless a role needs them in full (R12.1). */
public enum SensitiveField {

	/** A mobile phone number; applicants' ID numbers join when clerks need them (applications). */
	MOBILE

}
