package org.tongban.application;

import java.time.LocalDate;

/**
 * The electronic licence a granted application yielded (R6.3), as its page and API name
 * it: anyone checks it at {@code /verify/{id}} (on the page; the API names the id).
 *
 * @param validUntil the last day it is valid, or null for a licence without expiry
 * @param revokedOn the day it was revoked with its grant, or null
 */
public record IssuedLicence(String id, LocalDate validFrom, LocalDate validUntil, LocalDate revokedOn) {

	/** Where anyone verifies it. */
	public String verificationPath() {
		return "/verify/" + id;
	}

}
