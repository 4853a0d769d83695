package org.tongban.identity.login;

import java.util.UUID;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;

/**
 * Ends every web session and revokes every API token of an account, on every node (R1.4):
 * for a lost phone or a password that others may know.
 */
@Service
public class LogOutEverywhere {

	private final FindByIndexNameSessionRepository<?> sessions;

	private final ApiTokens tokens;

	LogOutEverywhere(FindByIndexNameSessionRepository<?> sessions, ApiTokens tokens) {
		this.sessions = sessions;
		this.tokens = tokens;
	}

	public void logOut(UUID accountId) {
		sessions.findByPrincipalName(accountId.toString()).keySet().forEach(sessions::deleteById);
		tokens.revokeAll(accountId);
	}

}
