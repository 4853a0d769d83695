package org.tongban.licence.internal;

import java.util.Locale;
import java.util.UUID;

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
public class LicenceNotices {

	private final Accounts accounts;

	private final Notifications notifications;

	LicenceNotices(Accounts accounts, Notifications notifications) {
		this.accounts = accounts;
		this.notifications = notifications;
	}

	/** Tells the applicant of the case. */
	public void tell(Application application, CaseNotice notice) {
		tell(application.applicantId(), notice);
	}

	/** Tells the holder, in the app, by SMS and by e-mail where they gave one. */
	public void tell(UUID holderId, CaseNotice notice) {
		ApplicantParticulars holder = accounts.particulars(holderId);
		notifications.tell(new Recipient(holderId, holder.mobile(), Locale.CHINA), notice);
		if (holder.kind() == AccountKind.LEGAL_PERSON) {
			accounts.agentMobiles(holderId)
				.forEach((agent, mobile) -> notifications.tell(new Recipient(agent, mobile, Locale.CHINA), notice));
		}
	}

}
