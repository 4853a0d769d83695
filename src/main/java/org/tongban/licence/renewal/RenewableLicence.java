package org.tongban.licence.renewal;

import java.time.LocalDate;
import java.util.UUID;

import org.tongban.shared.LocalizedText;

/**
 * What the renewal of a licence needs to know of it (R15.5): whose it is, of which case
 * and matter version, and until when it is valid.
 *
 * @param validUntil the last day it is valid; null without expiry
 * @param revokedOn set when revoked
 */
public record RenewableLicence(String id, UUID caseId, String caseNumber, String matterCode, int matterVersion,
		LocalizedText name, UUID holderId, LocalDate validUntil, LocalDate revokedOn) {

	/** Whether it can be renewed at all: in force, and valid for a time. */
	public boolean isRenewable() {
		return revokedOn == null && validUntil != null;
	}

}
