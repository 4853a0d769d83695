package org.tongban.exchange.clients;

import java.time.Instant;
import java.util.UUID;

/**
 * A department system registered as a client of the data-exchange API (R9.3).
 *
 * @param clientId the OAuth 2.0 client id
 * @param departmentCode the department the system belongs to, whose grants it reads
 * within
 * @param certificateSubject the subject of its TLS client certificate, or {@code null}
 * for a client with a secret
 */
public record ExchangeClient(String clientId, String departmentCode, String name, ClientAuthentication authentication,
		String certificateSubject, boolean enabled, UUID registeredBy, Instant registeredAt, Instant disabledAt) {
}
