package org.tongban.shared.audit;

/**
 * A principal that can name itself to the audit trail, so that modules that do not know
 * the identity module's actor (the exchange's registry reads, for one) record who acted
 * through {@link Audit#currentActor()}.
 */
public interface Audited {

	AuditActor audited();

}
