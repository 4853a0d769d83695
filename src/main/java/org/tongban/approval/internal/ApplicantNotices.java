package org.tongban.approval.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Accounts;
import org.tongban.identity.ApplicantParticulars;
import org.tongban.notification.CaseNotice;
import org.tongban.notification.Notifications;
import org.tongban.notification.Recipient;
import org.tongban.shared.identifiers.MobileNumber;

/**
 * Tells an applicant about their case or bundle (R6.2): the account, an enterprise's
 * agents each, and the contact phone the applicant proved for the application, once each.
 * Public within the module so that the bundles' stages tell as cases do.
 */
@Component
public class ApplicantNotices {

	private final Accounts accounts;

	private final Notifications notifications;

	ApplicantNotices(Accounts accounts, Notifications notifications) {
		this.accounts = accounts;
		this.notifications = notifications;
	}

	/**
	 * @param contactPhone a phone the applicant proved for the application, told by SMS
	 * unless it is one of the numbers already told
	 */
	public void tell(UUID applicantId, Optional<MobileNumber> contactPhone, CaseNotice notice) {
		ApplicantParticulars applicant = accounts.particulars(applicantId);
		notifications.tell(new Recipient(applicantId, applicant.mobile(), Locale.CHINA), notice);
		Set<MobileNumber> told = new HashSet<>();
		told.add(applicant.mobile());
		if (applicant.kind() == AccountKind.LEGAL_PERSON) {
			accounts.agentMobiles(applicantId).forEach((agent, mobile) -> {
				notifications.tell(new Recipient(agent, mobile, Locale.CHINA), notice);
				told.add(mobile);
			});
		}
		contactPhone.filter(phone -> !told.contains(phone))
			.ifPresent(phone -> notifications.tellBySms(new Recipient(applicantId, phone, Locale.CHINA), notice));
	}

}
