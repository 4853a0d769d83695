package org.tongban.approval.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.tongban.approval.CaseView;
import org.tongban.shared.LocalizedText;

/**
 * A case as the approval module keeps it beside its process instance.
 *
 * @param step the step under way, {@code CORRECTION}, or the end state
 * @param acceptedOn the day it counts as accepted from, or null before acceptance
 * @param specialPeriod the special period under way, or null
 * @param endedAt when the case ended (refused, decided, withdrawn), or null while it is open
 * @param revision counts the changes, so that two members of staff acting at once cannot both win
 */
record CaseRecord(UUID id, String number, UUID applicantId, String applicantName, String matterCode,
		int matterVersion, LocalizedText matterName, String departmentCode, String processKey,
		String processInstanceId, String step, Instant stepStartedAt, Instant receivedAt, LocalDate acceptedOn,
		CaseView.SpecialPeriod specialPeriod, Instant endedAt, int revision) {

	boolean isOpen() {
		return endedAt == null;
	}

	CaseRecord inStep(String newStep, Instant at) {
		return new CaseRecord(id, number, applicantId, applicantName, matterCode, matterVersion, matterName,
				departmentCode, processKey, processInstanceId, newStep, at, receivedAt, acceptedOn, specialPeriod, endedAt,
				revision);
	}

	CaseRecord ended(String endState, Instant at) {
		return new CaseRecord(id, number, applicantId, applicantName, matterCode, matterVersion, matterName,
				departmentCode, processKey, processInstanceId, endState, at, receivedAt, acceptedOn, null, at, revision);
	}

	CaseRecord withSpecialPeriod(CaseView.SpecialPeriod period) {
		return new CaseRecord(id, number, applicantId, applicantName, matterCode, matterVersion, matterName,
				departmentCode, processKey, processInstanceId, step, stepStartedAt, receivedAt, acceptedOn, period, endedAt,
				revision);
	}

	CaseRecord acceptedOn(LocalDate day) {
		return new CaseRecord(id, number, applicantId, applicantName, matterCode, matterVersion, matterName,
				departmentCode, processKey, processInstanceId, step, stepStartedAt, receivedAt, day, specialPeriod,
				endedAt, revision);
	}

	CaseRecord withProcess(String instanceId) {
		return new CaseRecord(id, number, applicantId, applicantName, matterCode, matterVersion, matterName,
				departmentCode, processKey, instanceId, step, stepStartedAt, receivedAt, acceptedOn, specialPeriod, endedAt,
				revision);
	}

}
