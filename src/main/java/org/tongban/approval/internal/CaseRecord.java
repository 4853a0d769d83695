package org.tongban.approval.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.tongban.application.ApplicationStatus;
import org.tongban.application.ApplicationSubmitted;
import org.tongban.application.CaseStep;
import org.tongban.approval.CaseView;
import org.tongban.shared.LocalizedText;

/**
 * A case as the approval module keeps it beside its process instance.
 *
 * @param step the step under way (the last one entered where branches run in parallel),
 * {@code CORRECTION} while the applicant corrects, or null once the case has ended
 * @param acceptedOn the day it counts as accepted from, or null before acceptance
 * @param specialPeriod the special period under way, or null
 * @param outcome how the case ended (refused, granted, denied, withdrawn), or null while
 * it is open
 * @param endedAt when the case ended, or null while it is open
 * @param revision counts the changes, so that two members of staff acting at once cannot
 * both win
 */
record CaseRecord(UUID id, String number, UUID applicantId, String applicantName, String matterCode, int matterVersion,
		LocalizedText matterName, String departmentCode, String processKey, String processInstanceId, CaseStep step,
		Instant stepStartedAt, Instant receivedAt, LocalDate acceptedOn, CaseView.SpecialPeriod specialPeriod,
		ApplicationStatus outcome, Instant endedAt, int revision) {

	/**
	 * The case of a submitted application, at acceptance from its receipt and before its
	 * process starts (art. 32).
	 */
	static CaseRecord received(ApplicationSubmitted submitted, String applicantName, LocalizedText matterName,
			String processKey) {
		return new CaseRecord(submitted.applicationId(), submitted.number(), submitted.applicantId(), applicantName,
				submitted.matterCode(), submitted.matterVersion(), matterName, submitted.departmentCode(), processKey,
				null, CaseStep.ACCEPTANCE, submitted.receivedAt(), submitted.receivedAt(), null, null, null, null, 0);
	}

	boolean isOpen() {
		return endedAt == null;
	}

	/**
	 * The step under way or, once ended, the end state: as the case's history and view
	 * name where it stands.
	 */
	String stateCode() {
		return isOpen() ? step.name() : outcome.name();
	}

	/** The case runs on its process instance. */
	CaseRecord runningOn(String instanceId) {
		return changed(instanceId, step, stepStartedAt, acceptedOn, specialPeriod, outcome, endedAt);
	}

	/** A step started, or the applicant's {@code CORRECTION}. */
	CaseRecord atStep(CaseStep newStep, Instant at) {
		return changed(processInstanceId, newStep, at, acceptedOn, specialPeriod, outcome, endedAt);
	}

	/** Accepted (受理), by a clerk or by law, counting from the day given. */
	CaseRecord acceptedOn(LocalDate day) {
		return changed(processInstanceId, step, stepStartedAt, day, specialPeriod, outcome, endedAt);
	}

	CaseRecord specialPeriodStarted(CaseView.SpecialPeriod period) {
		return changed(processInstanceId, step, stepStartedAt, acceptedOn, period, outcome, endedAt);
	}

	CaseRecord specialPeriodEnded() {
		return changed(processInstanceId, step, stepStartedAt, acceptedOn, null, outcome, endedAt);
	}

	/**
	 * Refused, decided or withdrawn: no step is under way any more, and no special period
	 * runs on.
	 */
	CaseRecord ended(ApplicationStatus endState, Instant at) {
		return changed(processInstanceId, null, at, acceptedOn, null, endState, at);
	}

	/**
	 * Its grant revoked (R5.5, R15.7): it ended granted, and stands revoked from now on.
	 */
	CaseRecord revoked() {
		return changed(processInstanceId, step, stepStartedAt, acceptedOn, specialPeriod, ApplicationStatus.REVOKED,
				endedAt);
	}

	/** The case with what changes over its life, the rest as it was received. */
	private CaseRecord changed(String newProcessInstanceId, CaseStep newStep, Instant newStepStartedAt,
			LocalDate newAcceptedOn, CaseView.SpecialPeriod newSpecialPeriod, ApplicationStatus newOutcome,
			Instant newEndedAt) {
		return new CaseRecord(id, number, applicantId, applicantName, matterCode, matterVersion, matterName,
				departmentCode, processKey, newProcessInstanceId, newStep, newStepStartedAt, receivedAt, newAcceptedOn,
				newSpecialPeriod, newOutcome, newEndedAt, revision);
	}

}
