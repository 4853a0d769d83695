package org.tongban.participation.rating;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.tongban.participation.Satisfaction;
import org.tongban.shared.LocalizedText;

/**
 * The satisfaction rating of a finished case (好差评, R10.2, R15.8) with its whole loop
 * (R16.3): tied to the case, the step it ended at and the officers who handled it; a bad
 * one verified by the supervision office, rectified and replied to by the department, and
 * rated again by the rater; or appealed by the department.
 *
 * @param step the step the case ended at ({@code CaseStep}'s code)
 * @param dueAt the end of the 7 days the applicant may rate in
 * @param satisfaction the level, null while due
 * @param verification null for a rating that is not bad
 * @param secondSatisfaction the rater's rating of the rectification, or null
 */
public record Rating(UUID id, UUID caseId, String number, UUID applicantId, String matterCode, LocalizedText matterName,
		String departmentCode, String step, Instant endedAt, Instant dueAt, State state, Satisfaction satisfaction,
		Set<RatingReason> reasons, String comment, Instant ratedAt, Verification verification,
		String verificationReason, UUID verifiedBy, Instant verifiedAt, LocalDate rectificationDue, String reply,
		UUID repliedBy, Instant repliedAt, Satisfaction secondSatisfaction, String secondComment, Instant secondRatedAt,
		Appeal appeal, String appealReason, UUID appealedBy, Instant appealedAt, String appealDecision,
		UUID appealDecidedBy, Instant appealDecidedAt, List<Officer> officers) {

	public Rating {
		reasons = Set.copyOf(reasons);
		officers = List.copyOf(officers);
	}

	public enum State {

		/** The applicant may rate until {@link Rating#dueAt()}. */
		DUE,

		/** Rated by the applicant. */
		RATED,

		/** Not rated within 7 days: counts as 基本满意. */
		DEFAULTED

	}

	/** The supervision office's finding on a bad rating. */
	public enum Verification {

		PENDING,

		/** The department is to rectify within 15 working days and reply to the rater. */
		JUSTIFIED,

		NOT_JUSTIFIED,

		/** Left out of the rankings. */
		MALICIOUS

	}

	/** The department's appeal of a rating it finds mistaken or malicious. */
	public enum Appeal {

		PENDING,

		/** Left out of the rankings. */
		UPHELD,

		DISMISSED

	}

	/** A member of staff who handled the case at a step. */
	public record Officer(UUID accountId, String name, String role, String step) {
	}

	/** The same rating, tied to the officers who handled the case. */
	Rating handledBy(List<Officer> handlers) {
		return new Rating(id, caseId, number, applicantId, matterCode, matterName, departmentCode, step, endedAt, dueAt,
				state, satisfaction, reasons, comment, ratedAt, verification, verificationReason, verifiedBy,
				verifiedAt, rectificationDue, reply, repliedBy, repliedAt, secondSatisfaction, secondComment,
				secondRatedAt, appeal, appealReason, appealedBy, appealedAt, appealDecision, appealDecidedBy,
				appealDecidedAt, handlers);
	}

	/**
	 * Whether the rating counts in the rankings: given, and neither malicious nor
	 * appealed with success.
	 */
	public boolean counts() {
		return state != State.DUE && verification != Verification.MALICIOUS && appeal != Appeal.UPHELD;
	}

	/**
	 * Whether the person handled the case or rated it, and so judges nothing of the
	 * rating.
	 */
	public boolean concerns(UUID accountId) {
		return applicantId.equals(accountId)
				|| officers.stream().anyMatch(officer -> officer.accountId().equals(accountId));
	}

	/**
	 * Whether the rater may rate the department's rectification: replied to, not rated
	 * again.
	 */
	public boolean awaitsSecondRating() {
		return reply != null && secondSatisfaction == null;
	}

}
