package org.tongban.identity.login;

import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

/**
 * A staff log-in waiting for its second factor (R1.3). It exists after ANY password given
 * for a staff account name, so that nobody learns from the answer whether the password
 * was right: only this record, kept on the server (in the session, or for the length of
 * an API call), knows it.
 *
 * @param accountName the account name as given, to label an authenticator being enrolled
 * @param staffId the member of staff, present only when the password was theirs and the
 * address need not wait
 */
public record PendingLogIn(String accountName, UUID staffId) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static PendingLogIn refused(String accountName) {
		return new PendingLogIn(accountName, null);
	}

	/**
	 * The member of staff whose password was given, or empty where it was not the right
	 * one.
	 */
	Optional<UUID> passwordAccepted() {
		return Optional.ofNullable(staffId);
	}

}
