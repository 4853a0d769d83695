package org.tongban.identity;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.identity.accounts.PersonalData;
import org.tongban.identity.admin.AdminScope;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.identifiers.MobileNumber;

/**
 * Shows a personal number in full to a viewer whose role needs it, and records each time
 * in the audit trail as {@code person.unmask} (R12.1, R8.4): who saw whose number (the
 * account), which field, when and for what; a refused look is recorded as a failure.
 * Pages show the masked form by default and call this only on an explicit request (a
 * POST), so that the full value appears in that one response and nowhere else.
 * Administrators may see the mobile of the staff they manage, to check it; staff working
 * on a case may see the ID and phone numbers of its application, which the approval
 * module holds and logs here.
 */
@Service
@Transactional
public class Unmasking {

	/** The audited object: the account whose number was shown. */
	static final String ACCOUNT = "account";

	static final String ACTION = "person.unmask";

	private final AccountDirectory directory;

	private final PersonalData personalData;

	private final Audit audit;

	Unmasking(AccountDirectory directory, PersonalData personalData, Audit audit) {
		this.directory = directory;
		this.personalData = personalData;
		this.audit = audit;
	}

	/**
	 * @param purpose why or where the value is shown, e.g. the page, kept in the record;
	 * no personal data
	 * @throws NotFoundException when the viewer may not see the subject's field, as for
	 * an unknown account
	 */
	public String reveal(Actor viewer, UUID subject, SensitiveField field, String purpose) {
		String value = switch (field) {
			case MOBILE -> directory.staff(subject)
				.filter(member -> AdminScope.of(viewer).covers(member.departmentCode()))
				.map(member -> MobileNumber.parse(personalData.open(member.mobile())).value())
				.orElseThrow(() -> {
					audit.failed(viewer.audited(), ACTION, ACCOUNT, subject, field + " identity.account.notFound");
					return new NotFoundException("identity.account.notFound");
				});
			case ID_NUMBER, PHONE -> throw new IllegalArgumentException(field + " is held by the application");
		};
		shown(viewer, subject, field, purpose);
		return value;
	}

	/**
	 * Records that a viewer was shown in full a personal number that another module holds
	 * and has shown them: an applicant's ID number in an application's answers, for one.
	 * @param subject the account the number is about, e.g. the applicant
	 */
	public void shown(Actor viewer, UUID subject, SensitiveField field, String purpose) {
		audit.succeeded(viewer.audited(), ACTION, ACCOUNT, subject, field + " " + purpose);
	}

}
