package org.tongban.supervision.audit;

import org.tongban.shared.audit.AuditEntry;

/**
 * A record of the audit trail as the auditor reads it: its place in its chain and what it
 * says.
 */
public record AuditRow(int chain, long sequence, AuditEntry entry) {

}
