package org.tongban.licence.library;

import java.time.LocalDate;

import org.tongban.licence.LicenceStatus;
import org.tongban.licence.internal.LicenceRecord;
import org.tongban.shared.LocalizedText;

/**
 * A licence in its holder's library (R6.5): what it is, its status today, its validity,
 * the issuing department, and where anyone verifies it.
 *
 * @param validUntil the last day it is valid, or null without expiry
 * @param revokedOn the day it was revoked, or null
 */
public record LibraryLicence(String id, String type, LocalizedText name, LicenceStatus status, LocalDate validFrom,
		LocalDate validUntil, LocalizedText department, String caseNumber, LocalDate revokedOn) {

	static LibraryLicence of(LicenceRecord licence, LicenceStatus status, LocalizedText department) {
		return new LibraryLicence(licence.id(), licence.type(), licence.name(), status, licence.validFrom(),
				licence.validUntil(), department, licence.caseNumber(), licence.revokedOn());
	}

	/** Where anyone verifies it, as its QR code and share link lead. */
	public String verificationPath() {
		return "/verify/" + id;
	}

	public boolean isValid() {
		return status == LicenceStatus.VALID;
	}

}
