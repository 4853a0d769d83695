package org.tongban.shared.identifiers;

/**
 * A person's sex as the resident ID number records it (GB 11643: odd sequence number for
 * men).
 */
public enum Sex {

	MALE, FEMALE

}
