package org.tongban.exchange.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A request of a client department for a data element of another department, as it
 * stands: requested, granted until an end date, refused with a reason, or withdrawn
 * (R9.5).
 */
public record SharingRequest(UUID id, String clientDepartment, String ownerDepartment, String elementCode,
		String purpose, String purposeText, Status status, LocalDate validUntil, UUID requestedBy, Instant requestedAt,
		UUID decidedBy, Instant decidedAt, String decisionReason) {

	/** Where a request stands. */
	public enum Status {

		REQUESTED, GRANTED, REFUSED, WITHDRAWN

	}

	/** Whether it is granted and holds on the day. */
	public boolean inForce(LocalDate on) {
		return status == Status.GRANTED && validUntil != null && !on.isAfter(validUntil);
	}

}
