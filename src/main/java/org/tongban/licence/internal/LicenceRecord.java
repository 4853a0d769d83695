package org.tongban.licence.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tongban.licence.LicenceStatus;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.identifiers.PersonName;

/**
 * An issued licence as kept (R6.3): whose, from which case, what it says, and the PDF
 * that was signed, by its attachment and SHA-256; revoked with its date, reasons and
 * legal basis when the grant was or its department revoked it; suspended, or replaced by
 * a changed version (R15.5).
 *
 * @param holderNumber the holder's unified social credit code, or a natural person's
 * resident ID number (sealed in the store)
 * @param validUntil the last day it is valid; null without expiry
 * @param revocationBasis null for a revocation with the grant kept before the basis was
 * @param version 1 as issued, one more for each change
 * @param replaces the id of the version this one replaces; null for the first
 * @param replacedBy the id of the version that replaces this one; null while in force
 */
public record LicenceRecord(String id, UUID caseId, String caseNumber, String matterCode, int matterVersion,
		String type, LocalizedText name, UUID holderId, boolean holderIsPerson, String holderName, String holderNumber,
		String departmentCode, LocalDate validFrom, LocalDate validUntil, List<PrintedValue> printed, UUID attachmentId,
		String pdfSha256, Instant issuedAt, LocalDate revokedOn, String revocationReasons, String revocationBasis,
		LocalDate suspendedOn, String suspensionReasons, String suspensionBasis, int version, String replaces,
		String replacedBy) {

	public LicenceRecord {
		printed = List.copyOf(printed);
	}

	/** A licence as issued: the first version, in force. */
	public LicenceRecord(String id, UUID caseId, String caseNumber, String matterCode, int matterVersion, String type,
			LocalizedText name, UUID holderId, boolean holderIsPerson, String holderName, String holderNumber,
			String departmentCode, LocalDate validFrom, LocalDate validUntil, List<PrintedValue> printed,
			UUID attachmentId, String pdfSha256, Instant issuedAt, LocalDate revokedOn, String revocationReasons) {
		this(id, caseId, caseNumber, matterCode, matterVersion, type, name, holderId, holderIsPerson, holderName,
				holderNumber, departmentCode, validFrom, validUntil, printed, attachmentId, pdfSha256, issuedAt,
				revokedOn, revocationReasons, null, null, null, null, 1, null, null);
	}

	/**
	 * What its verification says on the day (R6.3, R15.5): a revocation is final and
	 * outweighs all; a replaced version is no longer the licence, whatever befalls the
	 * new one; a suspension holds until lifted even past expiry, since the department
	 * must lift it; then its validity.
	 */
	public LicenceStatus status(LocalDate today) {
		if (revokedOn != null) {
			return LicenceStatus.REVOKED;
		}
		if (replacedBy != null) {
			return LicenceStatus.REPLACED;
		}
		if (suspendedOn != null) {
			return LicenceStatus.SUSPENDED;
		}
		if (validUntil != null && today.isAfter(validUntil)) {
			return LicenceStatus.EXPIRED;
		}
		return LicenceStatus.VALID;
	}

	/** This licence with its signed PDF stored. */
	LicenceRecord withDocument(UUID attachment, String sha256) {
		return new LicenceRecord(id, caseId, caseNumber, matterCode, matterVersion, type, name, holderId,
				holderIsPerson, holderName, holderNumber, departmentCode, validFrom, validUntil, printed, attachment,
				sha256, issuedAt, revokedOn, revocationReasons, revocationBasis, suspendedOn, suspensionReasons,
				suspensionBasis, version, replaces, replacedBy);
	}

	/**
	 * The next version of this licence (R15.5): a new id, other printed answers, issued
	 * at the time given, replacing this one; the same holder, case and validity.
	 */
	LicenceRecord changed(String newId, List<PrintedValue> newPrinted, Instant at) {
		return new LicenceRecord(newId, caseId, caseNumber, matterCode, matterVersion, type, name, holderId,
				holderIsPerson, holderName, holderNumber, departmentCode, validFrom, validUntil, newPrinted, null, null,
				at, null, null, null, null, null, null, version + 1, id, null);
	}

	/**
	 * The holder's name as anyone may see it (R6.3, R12.1): an enterprise's in full, a
	 * natural person's with all but the family name's first character masked.
	 */
	public String publicHolderName() {
		return !holderIsPerson || holderName.isEmpty() ? holderName : new PersonName(holderName).masked();
	}

}
