package org.tongban.approval;

import java.util.List;
import java.util.UUID;

import org.tongban.identity.Actor;

/**
 * The post-verifications (事后核查) of grants on informed commitment (R5.5, R15.7) for the
 * reviewers of the granting department: they open one, check the commitment and record
 * the outcome. A false commitment revokes the decision with reasons and legal basis (a
 * revocation decision for the applicant), writes a credit record and tells the applicant.
 * Only reviewers of the department see and act; nobody on their own case; every opening
 * and action is audited.
 * <p>
 * Another department's verification, or an unknown one, is
 * {@link org.tongban.shared.NotFoundException} (404); an action that does not fit is
 * {@link org.tongban.shared.RefusedException} (409); bad input is
 * {@link org.tongban.shared.InvalidParameterException} (400).
 */
public interface PostVerifications {

	/** The longest reasons or legal basis kept, as the columns do. */
	int MAX_TEXT = 500;

	/** The open verifications of the caller's departments, the soonest due first. */
	List<PostVerification> open(Actor reviewer);

	/** One verification of the caller's departments; the opening is audited. */
	PostVerification get(Actor reviewer, UUID id);

	/**
	 * Records the outcome.
	 * @param reasons what was found: required for a false commitment, optional otherwise
	 * @param legalBasis the provisions a revocation rests on: required for a false
	 * commitment
	 */
	PostVerification record(Actor reviewer, UUID id, PostVerification.Outcome outcome, String reasons,
			String legalBasis);

}
