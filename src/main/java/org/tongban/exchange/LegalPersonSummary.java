package org.tongban.exchange;

import java.time.LocalDate;

import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * What the legal-person registry confirms of a verified legal person. The names are the
 * registered ones, which may differ from what the applicant typed in spaces, parentheses
 * or the form of a middle dot.
 */
public record LegalPersonSummary(UnifiedSocialCreditCode code, String name, LegalForm legalForm,
		String representativeName, LocalDate establishedOn) {
}
