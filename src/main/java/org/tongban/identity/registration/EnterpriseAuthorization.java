package org.tongban.identity.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An authorization (授权委托, R1.6) that the legal representative of an enterprise, or an
 * admin agent of its account, grants a natural person from their own verified account:
 * live through {@code validUntil} (a day in D city) unless revoked.
 *
 * @param enterpriseName the registry's name of the enterprise at the grant, for the lists
 */
@Table("identity_enterprise_authorization")
public record EnterpriseAuthorization(@Id UUID id, String creditCode, String enterpriseName, UUID grantorId,
		UUID agentId, AuthorizationScope scope, LocalDate validUntil, Instant grantedAt, Instant revokedAt,
		@Version Long version) {

	static EnterpriseAuthorization grant(String creditCode, String enterpriseName, UUID grantor, UUID agent,
			AuthorizationScope scope, LocalDate validUntil, Instant now) {
		return new EnterpriseAuthorization(UUID.randomUUID(), creditCode, enterpriseName, grantor, agent, scope,
				validUntil, now, null, null);
	}

	public boolean isLiveOn(LocalDate today) {
		return revokedAt == null && !today.isAfter(validUntil);
	}

	EnterpriseAuthorization revoked(Instant now) {
		return new EnterpriseAuthorization(id, creditCode, enterpriseName, grantorId, agentId, scope, validUntil,
				grantedAt, now, version);
	}

}
