package org.tongban.supervision.audit;

/** What the verifier found of the latest anchor. */
public enum AnchorStatus {

	/**
	 * No anchor has been written yet: the chains are checked against their heads only.
	 */
	NONE,

	/** Its signature is good, and the chains were checked against it. */
	VALID,

	/** Its file is not an anchor or its signature is wrong: it was altered or forged. */
	INVALID

}
