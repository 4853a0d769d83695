package org.tongban.supervision.audit;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What the auditor looks for in the audit trail (R8.4), every criterion optional and all
 * of them together narrowing the search.
 *
 * @param actors the accounts that acted, or null for any (an empty set finds nothing: a
 * name that names no account)
 * @param objectType the kind of object acted on, or null
 * @param objectId the object's id or number, or null
 * @param action what was done, or null
 * @param from the earliest time, inclusive, or null
 * @param until the latest time, exclusive, or null
 * @param text a free search, or null: an object id (a case number) or, in
 * {@code textActors}, the accounts whose name was typed
 * @param textActors the accounts the free search names
 */
public record AuditSearch(Set<UUID> actors, String objectType, String objectId, String action, Instant from,
		Instant until, String text, Set<UUID> textActors) {

	public AuditSearch {
		actors = actors == null ? null : Set.copyOf(actors);
		textActors = textActors == null ? Set.of() : Set.copyOf(textActors);
	}

	/** Everything. */
	public static AuditSearch all() {
		return new AuditSearch(null, null, null, null, null, null, null, Set.of());
	}

}
