package org.tongban.exchange.clients;

import org.tongban.shared.audit.AuditActor;
import org.tongban.shared.audit.Audited;

/**
 * A department system calling the exchange API with an access token: the principal of its
 * requests, audited as the client of its department (R8.4, R9.3).
 */
public record ExchangeCaller(String clientId, String departmentCode) implements Audited {

	/** The role an exchange client is audited under. */
	public static final String ROLE = "EXCHANGE_CLIENT";

	@Override
	public AuditActor audited() {
		return new AuditActor(null, ROLE + " " + clientId, departmentCode);
	}

}
