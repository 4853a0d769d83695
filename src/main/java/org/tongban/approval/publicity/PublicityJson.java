package org.tongban.approval.publicity;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A published decision as the API gives it (R6.1): nothing personal beyond the holder's
 * name, a natural person's masked.
 *
 * @param kind {@code GRANT} or {@code REVOCATION}
 * @param holderKind {@code ENTERPRISE} or {@code PERSON}
 * @param validFrom the licence's first day, absent without a licence
 * @param validUntil the licence's last day, absent without one or without expiry
 * @param legalBasis the provisions a revocation rests on
 * @param revokedOn the day a grant was revoked, absent while it stands
 */
record PublicityJson(String kind, String caseNumber, String matterCode, String matterName, String departmentCode,
		String departmentName, String decisionNumber, LocalDate decidedOn, String holderKind, String holderName,
		LocalDate validFrom, LocalDate validUntil, String legalBasis, LocalDate revokedOn, LocalDate publishedOn,
		LocalDate listedUntil) {

	static PublicityJson of(PublicityEntry entry, Locale locale) {
		return new PublicityJson(entry.kind().name(), entry.caseNumber(), entry.matterCode(),
				entry.matterName().in(locale), entry.departmentCode(), entry.departmentName().in(locale),
				entry.decisionNumber(), entry.decidedOn(), entry.holderKind().name(), entry.holderName(),
				entry.validFrom(), entry.validUntil(), entry.legalBasis(), entry.revokedOn(), entry.publishedOn(),
				entry.listedUntil());
	}

}
