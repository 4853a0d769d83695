package org.tongban.shared.audit;

/**
 * The tamper-evident audit trail (R8.4, R12): every module records here the actions that
 * matter (log-ins, case actions, reads of protected data, administration, exports).
 * Records are hash-chained with a key outside the database, and their chain heads are
 * signed periodically into anchors outside the database, so that an edited, removed or
 * rebuilt record is found by {@link org.tongban.supervision.audit.AuditVerifier}.
 */
public interface AuditTrail {

	/**
	 * Records the entry in the caller's transaction: it commits or rolls back with the
	 * action it records.
	 * @throws org.springframework.transaction.IllegalTransactionStateException without a
	 * transaction
	 */
	void record(AuditEntry entry);

}
