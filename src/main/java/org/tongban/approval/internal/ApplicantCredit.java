package org.tongban.approval.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tongban.exchange.AccessPurpose;
import org.tongban.exchange.CreditEventKind;
import org.tongban.exchange.CreditRegister;
import org.tongban.exchange.CreditSubject;
import org.tongban.identity.Accounts;
import org.tongban.identity.ApplicantParticulars;
import org.tongban.shared.LocalizedText;

/**
 * The applicant of a case in the credit register (R15.6): an enterprise by its credit
 * code, a person by their resident ID number.
 */
@Component
class ApplicantCredit {

	private final Accounts accounts;

	private final CreditRegister register;

	ApplicantCredit(Accounts accounts, CreditRegister register) {
		this.accounts = accounts;
		this.register = register;
	}

	/**
	 * Whether the applicant of the case has a credit record in force; the read is logged
	 * with the case, in a transaction of its own, so not after an audit record was
	 * written in the caller's.
	 */
	boolean hasRecordInForce(CaseRecord record, LocalizedText purpose) {
		return subject(record.applicantId())
			.map(subject -> !register
				.inForce(subject, new AccessPurpose("approval:" + record.departmentCode(), purpose, record.number()))
				.isEmpty())
			.orElse(false);
	}

	/** Writes a credit event of the case, once. */
	void record(CaseRecord record, CreditEventKind kind, String reason) {
		subject(record.applicantId())
			.ifPresent(subject -> register.record(subject, kind, record.number(), reason, "system"));
	}

	private Optional<CreditSubject> subject(UUID applicantId) {
		ApplicantParticulars applicant = accounts.particulars(applicantId);
		if (applicant.creditCode() != null) {
			return Optional.of(CreditSubject.of(applicant.creditCode()));
		}
		return Optional.ofNullable(applicant.residentId()).map(CreditSubject::of);
	}

}
