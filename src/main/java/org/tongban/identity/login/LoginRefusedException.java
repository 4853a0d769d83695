package org.tongban.identity.login;

import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;

/**
 * A log-in failed. The answer is the same whatever the cause (no such account, wrong
 * password, locked account), so that nobody learns which accounts exist or are locked
 * (R1.4).
 */
public class LoginRefusedException extends RefusedException {

	LoginRefusedException() {
		super(Refusal.UNAUTHENTICATED, "identity.login.refused");
	}

}
