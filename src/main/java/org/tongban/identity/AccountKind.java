package org.tongban.identity;

/**
 * The three kinds of account: applicants are natural or legal persons (R1.1); staff work
 * for a department (R1.5).
 */
public enum AccountKind {

	NATURAL_PERSON, LEGAL_PERSON, STAFF

}
