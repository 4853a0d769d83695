package org.tongban.licence.internal;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.tongban.application.Application;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Accounts;
import org.tongban.identity.ApplicantParticulars;
import org.tongban.notification.CaseNotice;
import org.tongban.notification.Notifications;
import org.tongban.notification.Recipient;

/**
 * Tells the holder of a licence what befell it (R15.5), and an enterprise's agents each
 * (R6.2).
 */
@Component
class LicenceNotices {

	private final Accounts accounts;

	private final Notifications notifications;

	LicenceNotices(Accounts accounts, Notifications notifications) {
		this.accounts = accounts;
		this.notifications = notifications;
	}

	void tell(Application application, CaseNotice notice) {
		ApplicantParticulars applicant = accounts.particulars(application.applicantId());
		notifications.tell(new Recipient(application.applicantId(), applicant.mobile(), Locale.CHINA), notice);
		if (applicant.kind() == AccountKind.LEGAL_PERSON) {
			accounts.agentMobiles(application.applicantId())
				.forEach((agent, mobile) -> notifications.tell(new Recipient(agent, mobile, Locale.CHINA), notice));
		}
	}

}
