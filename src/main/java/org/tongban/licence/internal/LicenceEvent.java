package org.tongban.licence.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A step in the life of a licence (R15.5), as its history keeps it.
 *
 * @param actorId the member of staff who acted; null for the platform
 * @param actorName their name, shown to staff only, never on the public verification
 * @param otherLicence the licence this one replaces (ISSUED of a new version), or that
 * replaces it (CHANGED)
 */
public record LicenceEvent(String licenceId, Kind kind, Instant at, UUID actorId, String actorName, String reasons,
		String legalBasis, String otherLicence) {

	public enum Kind {

		/** Issued, on a grant or as a new version. */
		ISSUED,

		/** Revoked with its grant, or by its department. */
		REVOKED,

		/** Suspended by its department. */
		SUSPENDED,

		/** Its suspension lifted. */
		RESUMED,

		/** Changed: replaced by a new version. */
		CHANGED,

		/** Renewed: replaced by the licence its renewal's grant issued. */
		RENEWED

	}

}
