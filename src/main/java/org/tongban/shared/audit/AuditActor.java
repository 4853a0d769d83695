package org.tongban.shared.audit;

import java.util.UUID;

/**
 * Who acted, as the audit trail names them (R8.4): the account, its roles and their
 * departments, never a name or personal number.
 *
 * @param id the account's id; null when none is known (a failed log-in of an unknown
 * name, the platform itself)
 * @param role the actor's roles, comma-separated, e.g. {@code REVIEWER,APPROVER}
 * @param department the departments of those roles, comma-separated, or null
 */
public record AuditActor(UUID id, String role, String department) {

	/** The platform's own scheduled work: warnings, escalations, archiving. */
	public static final AuditActor PLATFORM = new AuditActor(null, "PLATFORM", null);

	/** Somebody not logged in, or not known: a failed log-in, a public page. */
	public static final AuditActor ANONYMOUS = new AuditActor(null, null, null);

	public AuditActor {
		role = shortened(role, 60);
		department = shortened(department, 40);
	}

	/** An account not (yet) logged in with a role, e.g. half-way through a log-in. */
	public static AuditActor account(UUID id) {
		return new AuditActor(id, null, null);
	}

	private static String shortened(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
	}

}
