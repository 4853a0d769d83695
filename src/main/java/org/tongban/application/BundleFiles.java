package org.tongban.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The applicant's side of a bundle as the approval side reads and drives it (R2.5, R5.2):
 * it opens each member when its stage starts, stops the members that can no longer start,
 * and tells the applicant where the bundle stands. Access control is the caller's, as for
 * {@link CaseFiles}.
 */
public interface BundleFiles {

	/** A submitted bundle by its number. */
	Optional<BundleApplication> byNumber(String number);

	/**
	 * @throws org.tongban.shared.NotFoundException for an unknown id or a draft
	 */
	BundleApplication get(UUID bundleId);

	/** The submitted bundle an application is a member of, if it is one. */
	Optional<BundleApplication> ofMember(UUID applicationId);

	/**
	 * The member's stage starts: a {@link ApplicationStatus#WAITING} member is received
	 * at {@code at} (its clock starts on the next working day) and
	 * {@link ApplicationSubmitted} is published for it, so that its case opens at its
	 * department on its matter's process. Opening a member that is no longer waiting does
	 * nothing, so that a redelivered event opens it once.
	 */
	void open(UUID memberApplicationId, Instant at);

	/**
	 * A waiting member will not start because a member of an earlier stage was not
	 * granted (R5.2): it becomes {@link ApplicationStatus#STOPPED}, naming that member.
	 * Stopping a member that is no longer waiting does nothing.
	 */
	void stop(UUID memberApplicationId, String becauseOfNumber, Instant at);

	/**
	 * Every member has ended: the bundle is {@link BundleStatus#FINISHED} and the
	 * applicant is told which matters were granted and which were not.
	 */
	void finish(UUID bundleId, Instant at);

	/** A message from the lead department on the whole bundle (R4.4). */
	void writeAsLeadDepartment(UUID bundleId, String body, Instant at);

}
