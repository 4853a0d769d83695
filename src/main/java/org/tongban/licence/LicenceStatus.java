package org.tongban.licence;

/**
 * What the public verification of a licence says (R6.3, R15.5).
 */
public enum LicenceStatus {

	/** Issued, in force and not revoked. */
	VALID,

	/**
	 * Revoked with its grant, or by its department, on a day, for reasons and on a legal
	 * basis.
	 */
	REVOKED,

	/**
	 * Suspended (暂扣) by its department, on a day, for reasons and on a legal basis, until
	 * the department lifts the suspension.
	 */
	SUSPENDED,

	/** Past its last valid day. */
	EXPIRED,

	/** Changed: a newer version of the licence replaces it. */
	REPLACED,

	/** No licence has this id. */
	UNKNOWN,

	/**
	 * An uploaded PDF whose signature does not verify or that does not match the licence
	 * it names.
	 */
	FORGED

}
