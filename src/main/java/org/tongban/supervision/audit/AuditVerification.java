package org.tongban.supervision.audit;

import java.util.List;

/**
 * What {@link AuditVerifier} found: the first broken record of each broken chain, in
 * chain order, and the state of the latest anchor.
 *
 * @param breaks the first break of every broken chain
 * @param anchor whether the latest anchor could be checked against
 * @param records how many records were read
 */
public record AuditVerification(List<ChainBreak> breaks, AnchorStatus anchor, long records) {

	/** Whether nothing was found wrong. */
	public boolean intact() {
		return breaks.isEmpty() && anchor != AnchorStatus.INVALID;
	}

	/**
	 * The first broken record of a chain.
	 *
	 * @param chain the chain's number
	 * @param sequence the sequence number of the first record found broken, or for a gap
	 * or a deleted tail the first sequence number missing
	 * @param reason how it is broken
	 * @param archive the name of the archive file it lies in, or null for a record of the
	 * database
	 */
	public record ChainBreak(int chain, long sequence, Reason reason, String archive) {

		public ChainBreak(int chain, long sequence, Reason reason) {
			this(chain, sequence, reason, null);
		}

	}

	/** How a chain is broken. */
	public enum Reason {

		/**
		 * The record's MAC is not that of its content: it was edited, or its chain
		 * rebuilt without the key.
		 */
		MAC_MISMATCH,

		/** Records are missing before this sequence number's successor. */
		SEQUENCE_GAP,

		/** The record's previous MAC is not its predecessor's MAC. */
		BROKEN_LINK,

		/**
		 * The chain ends before its head row or its anchored head: its last records were
		 * deleted.
		 */
		TAIL_DELETED,

		/** The chain's head row does not name its last record. */
		HEAD_MISMATCH,

		/**
		 * The record at the anchored sequence number no longer has the anchored MAC: the
		 * chain was rebuilt.
		 */
		ANCHOR_MISMATCH,

		/**
		 * An archive of the chain does not match its signature, or has none: it was
		 * altered after it was written.
		 */
		ARCHIVE_ALTERED

	}

}
