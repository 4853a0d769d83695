package org.tongban.identity.login;

import java.util.Map;

import org.tongban.shared.RefusedException;

/**
 * A log-in failed. The answer is the same whatever the cause (no such account, wrong password, locked account), so
 * that nobody learns which accounts exist or are locked (R1.4).
 */
public class LoginRefusedException extends RefusedException {

	LoginRefusedException() {
		super(401, "identity.login.refused", Map.of("WWW-Authenticate", "Bearer"));
	}

}
