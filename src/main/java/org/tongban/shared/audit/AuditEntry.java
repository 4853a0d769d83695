package org.tongban.shared.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * One action that matters, as the audit trail keeps it (R8.4). The detail is short and
 * holds no personal data (no names, numbers, addresses): the object's type and id say
 * what was touched. The time is kept to the microsecond, as the database stores it.
 *
 * @param time when the action happened
 * @param actorId the account that acted; null when none is known (a failed log-in of an
 * unknown name, the platform itself)
 * @param role the actor's role, or null
 * @param department the actor's department code, or null
 * @param clientAddress the client's address, or null
 * @param requestId the request id of the logs, or null
 * @param action what was done, e.g. {@code case.accept}
 * @param objectType the kind of object acted on, e.g. {@code case}
 * @param objectId the object's id or number
 * @param outcome whether it succeeded
 * @param detail a short note without personal data, or null
 */
public record AuditEntry(Instant time, UUID actorId, String role, String department, String clientAddress,
		String requestId, String action, String objectType, String objectId, AuditOutcome outcome, String detail) {

	/** The longest detail kept, as its column is. */
	public static final int MAX_DETAIL = 500;

	/** The longest object id kept, as its column is. */
	public static final int MAX_OBJECT_ID = 100;

	public AuditEntry {
		time = Objects.requireNonNull(time, "time").truncatedTo(ChronoUnit.MICROS);
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(objectType, "objectType");
		Objects.requireNonNull(objectId, "objectId");
		Objects.requireNonNull(outcome, "outcome");
		requireLength("role", role, 60);
		requireLength("department", department, 40);
		requireLength("clientAddress", clientAddress, 64);
		requireLength("requestId", requestId, 64);
		requireLength("action", action, 60);
		requireLength("objectType", objectType, 40);
		requireLength("objectId", objectId, MAX_OBJECT_ID);
		requireLength("detail", detail, MAX_DETAIL);
	}

	private static void requireLength(String name, String value, int max) {
		if (value != null && value.length() > max) {
			throw new IllegalArgumentException(name + " longer than " + max + " characters");
		}
	}

}
