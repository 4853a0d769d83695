/**
 * The tamper-evident audit trail (R8.4, R12). {@link org.tongban.shared.audit.AuditTrail}
 * appends each entry, in the caller's transaction, to one of {@code tongban.audit.chains}
 * hash chains chosen by its object's type and id, taking the chain's head row
 * ({@code supervision_audit_chain}) with a row lock: writers of objects in other chains
 * do not wait, and a chain's sequence numbers have no gaps. Each record's MAC is
 * HMAC-SHA256 over its content and its predecessor's MAC ({@link ChainMac}), with a key
 * outside the database ({@link AuditKeys}). {@link AuditAnchors} signs every chain head
 * with ECDSA P-256 into a file outside the database, periodically, and
 * {@link AuditVerifier} walks the chains and names the first broken record of each.
 * Records older than {@code tongban.audit.retention} (six months at least) are moved by
 * {@link AuditArchiver} into signed archives ({@link AuditArchives}), which the verifier
 * walks before the rows; {@link AuditGrants} leaves the application's PostgreSQL role
 * only insert and read on the audit records, and the archiver's deletion as the one
 * exception.
 * <p>
 * Without configured keys the platform makes them at first start under
 * {@code tongban.audit.directory} ({@link AuditProperties}).
 */
package org.tongban.supervision.audit;
