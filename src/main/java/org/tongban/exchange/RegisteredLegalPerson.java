package org.tongban.exchange;

import java.time.LocalDate;

import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/** A legal person as the legal-person registry holds it, for the enterprise's own use (R3.2). */
public record RegisteredLegalPerson(UnifiedSocialCreditCode code, String name, LegalForm legalForm,
		String representativeName, ResidentIdNumber representativeId, String registeredAddress,
		LocalDate establishedOn) {
}
