package org.tongban.application;

import java.time.LocalDate;
import java.util.UUID;

import org.tongban.shared.LocalizedText;

/**
 * An electronic licence as the applicant's materials use it (R6.5, R3.2): whose, of which
 * type, valid until when, its status today and its signed PDF.
 *
 * @param holderId the applicant account the licence was issued to
 * @param validUntil the last day it is valid, or null for a licence without expiry
 * @param status its status today as the verification says it, e.g. {@code VALID},
 * {@code REVOKED}, {@code EXPIRED}
 * @param attachmentId the signed PDF
 */
public record HeldLicence(String id, String type, LocalizedText name, UUID holderId, LocalDate validUntil,
		String status, UUID attachmentId) {

	/** The status of a licence in force. */
	public static final String VALID = "VALID";

	public boolean isValid() {
		return VALID.equals(status);
	}

	/** Where anyone verifies it. */
	public String verificationPath() {
		return "/verify/" + id;
	}

}
