package org.tongban.approval.publicity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.tongban.shared.LocalizedText;

/**
 * One published decision (双公示, R6.1): a grant, or the revocation of one, with nothing
 * personal beyond the holder's name, which is a natural person's only masked.
 *
 * @param decisionNumber the number (文号) of the grant or revocation decision
 * @param decidedOn the day the decision was made
 * @param validFrom the first day of the licence the grant gave, null without one
 * @param validUntil the last day of that licence, null without one or without expiry
 * @param legalBasis the provisions a revocation rests on; null for a grant
 * @param revokedOn the day a grant was revoked, null while it stands
 * @param dueOn the 7th working day after the decision, by which it is to be published
 * (R15.9); null while the calendar of its year is not loaded
 * @param listedUntil the last day of its publicity period: listed up to then, kept after
 */
record PublicityEntry(UUID id, Kind kind, UUID caseId, String caseNumber, String matterCode, LocalizedText matterName,
		String departmentCode, LocalizedText departmentName, String decisionNumber, LocalDate decidedOn,
		HolderKind holderKind, String holderName, LocalDate validFrom, LocalDate validUntil, String legalBasis,
		LocalDate revokedOn, LocalDate dueOn, LocalDate publishedOn, Instant publishedAt, LocalDate listedUntil) {

	enum Kind {

		GRANT, REVOCATION

	}

	enum HolderKind {

		ENTERPRISE, PERSON

	}

	/** Published after its due day (R15.9). */
	boolean publishedLate() {
		return dueOn != null && publishedOn.isAfter(dueOn);
	}

}
