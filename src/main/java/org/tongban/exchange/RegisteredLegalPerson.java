package org.tongban.exchange;

import java.time.LocalDate;

import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * A legal person as the legal-person registry holds it, for the enterprise's own use
 * (R3.2) and the proof of its representative (R1.6).
 *
 * @param active whether it is in existence (存续), neither deregistered nor revoked
 * @param status its registration status: {@code ACTIVE} (存续), {@code DEREGISTERED} (注销)
 * or {@code REVOKED} (吊销)
 */
public record RegisteredLegalPerson(UnifiedSocialCreditCode code, String name, LegalForm legalForm,
		String representativeName, ResidentIdNumber representativeId, String registeredAddress, LocalDate establishedOn,
		boolean active, String status) {
}
