package org.tongban.identity.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An authorization (R1.6) as its grantor and its agent see it, on the page and in the
 * API.
 *
 * @param live whether it is neither revoked nor past its last day today
 */
public record AuthorizationView(UUID id, String creditCode, String enterpriseName, String grantorName, String agentName,
		AuthorizationScope scope, LocalDate validUntil, Instant grantedAt, Instant revokedAt, boolean live) {
}
