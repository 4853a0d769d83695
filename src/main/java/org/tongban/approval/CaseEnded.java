package org.tongban.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.tongban.application.ApplicationStatus;

/**
 * A case ended: refused, decided or withdrawn, and its clock stopped. Published in the
 * transaction that ended it, so that whatever waits for the case (the stage of a bundle,
 * R5.2) goes on only once the end is committed.
 *
 * @param caseId the application's id
 * @param outcome {@link ApplicationStatus#REFUSED}, {@link ApplicationStatus#GRANTED},
 * {@link ApplicationStatus#DENIED} or {@link ApplicationStatus#WITHDRAWN}
 * @param byPlatform decided by the platform without a person: an automatic approval (秒批,
 * R5.6) or a grant on informed commitment (R11.2)
 * @param dueOn the day the clock was due when it stopped, null when it was not dated: the
 * case is overdue when it ended after it (R8.5, R11.2)
 * @param workingDays the working days the clock counted, null when it was not dated
 */
public record CaseEnded(UUID caseId, String number, ApplicationStatus outcome, Instant at, boolean byPlatform,
		LocalDate dueOn, Integer workingDays) {

	/** A grant as the licence side recalls it, without its clock. */
	public CaseEnded(UUID caseId, String number, ApplicationStatus outcome, Instant at) {
		this(caseId, number, outcome, at, false, null, null);
	}

}
