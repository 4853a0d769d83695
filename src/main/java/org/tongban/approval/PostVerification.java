package org.tongban.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.tongban.application.SignedCommitment;
import org.tongban.shared.LocalizedText;

/**
 * A post-verification (事后核查) of a grant on informed commitment (R5.5, R15.7), as the
 * department's reviewers see it: the case, the commitment the applicant signed, the day
 * it is due and, once recorded, its outcome.
 *
 * @param dueOn the last working day of the verification; null while the calendar of its
 * year is not published
 * @param remainingDays working days left up to {@code dueOn}, today included, negative
 * once overdue; null when not dated or decided
 * @param outcome null while open
 */
public record PostVerification(UUID id, UUID caseId, String number, String departmentCode, String matterCode,
		LocalizedText matterName, String applicantName, LocalDate grantedOn, int verificationDays, LocalDate dueOn,
		Integer remainingDays, Outcome outcome, String reasons, String legalBasis, String decidedBy, Instant decidedAt,
		Optional<SignedCommitment> commitment) {

	public boolean isOpen() {
		return outcome == null;
	}

	/** What the verification found. */
	public enum Outcome {

		/** The commitment was true: the grant stands. */
		CONFIRMED,
		/** 虚假承诺: the grant is revoked and a credit record written. */
		FALSE_COMMITMENT

	}

}
