package org.tongban.licence.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tongban.shared.LocalizedText;
import org.tongban.shared.identifiers.PersonName;

/**
 * An issued licence as kept (R6.3): whose, from which case, what it says, and the PDF
 * that was signed, by its attachment and SHA-256; revoked with its date and reasons when
 * the grant was.
 *
 * @param holderNumber the holder's unified social credit code, or a natural person's
 * resident ID number (sealed in the store)
 * @param validUntil the last day it is valid; null without expiry
 */
public record LicenceRecord(String id, UUID caseId, String caseNumber, String matterCode, int matterVersion,
		String type, LocalizedText name, UUID holderId, boolean holderIsPerson, String holderName, String holderNumber,
		String departmentCode, LocalDate validFrom, LocalDate validUntil, List<PrintedValue> printed, UUID attachmentId,
		String pdfSha256, Instant issuedAt, LocalDate revokedOn, String revocationReasons) {

	public LicenceRecord {
		printed = List.copyOf(printed);
	}

	/**
	 * The holder's name as anyone may see it (R6.3, R12.1): an enterprise's in full, a
	 * natural person's with all but the family name's first character masked.
	 */
	public String publicHolderName() {
		return !holderIsPerson || holderName.isEmpty() ? holderName : new PersonName(holderName).masked();
	}

}
