package org.tongban.shared.audit;

/** Whether an audited action succeeded or was refused or failed. */
public enum AuditOutcome {

	SUCCESS, FAILURE

}
