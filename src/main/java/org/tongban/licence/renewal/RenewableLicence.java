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
 * @param replacedBy the licence that replaced it after a change or a renewal; null while
 * it is the current one
 */
public record RenewableLicence(String id, UUID caseId, String caseNumber, String matterCode, int matterVersion,
		LocalizedText name, UUID holderId, LocalDate validUntil, LocalDate revokedOn, String replacedBy) {

	/**
	 * Whether it can be renewed at all: in force, the current version, and valid for a
	 * time.
	 */
	public boolean isRenewable() {
		return revokedOn == null && replacedBy == null && validUntil != null;
	}

}
