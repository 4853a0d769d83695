package org.tongban.exchange.registry;

import java.time.LocalDate;

import org.tongban.exchange.LegalForm;
import org.tongban.exchange.LegalPersonSummary;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * A legal person as the legal-person registry holds it, with its legal representative (or
 * operator).
 */
public record LegalPersonRecord(UnifiedSocialCreditCode code, String name, LegalForm legalForm,
		String representativeName, ResidentIdNumber representativeId, String registeredAddress, LocalDate establishedOn,
		LegalPersonStatus status) {

	public LegalPersonSummary summary() {
		return new LegalPersonSummary(code, name, legalForm, representativeName, establishedOn);
	}

}
