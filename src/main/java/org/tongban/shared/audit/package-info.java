/**
 * The port of the tamper-evident audit trail (R8.4, R12), here so that every module may
 * record its actions without depending on the supervision module, which implements it:
 * modules call {@link org.tongban.shared.audit.Audit} with an
 * {@link org.tongban.shared.audit.AuditActor} (identity's {@code Actor.audited()}).
 */
package org.tongban.shared.audit;
