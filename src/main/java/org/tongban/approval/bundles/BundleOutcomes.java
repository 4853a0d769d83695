package org.tongban.approval.bundles;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.BundleApplication;
import org.tongban.approval.internal.ApplicantNotices;
import org.tongban.notification.CaseNotice;
import org.tongban.shared.LocalizedText;

/**
 * Tells the applicant how their bundle ended (R5.2): which matters were granted, and
 * which were not and what became of each (denied, not accepted, withdrawn, or not started
 * because an earlier stage was not granted), pointing to the bundle's page where each
 * decision and its reasons are.
 */
@Component
class BundleOutcomes {

	private static final Locale ENGLISH = Locale.ENGLISH;

	private final ApplicantNotices applicants;

	private final MessageSource messages;

	BundleOutcomes(ApplicantNotices applicants, MessageSource messages) {
		this.applicants = applicants;
		this.messages = messages;
	}

	void tellFinished(BundleApplication bundle) {
		Predicate<BundleApplication.Member> granted = member -> member.status() == ApplicationStatus.GRANTED;
		applicants.tell(bundle.applicantId(), Optional.empty(),
				CaseNotice.bundleFinished(bundle.number(), bundle.bundleName(),
						list(bundle.members().stream().filter(granted).toList(), false),
						list(bundle.members().stream().filter(granted.negate()).toList(), true)));
	}

	void tellMessage(BundleApplication bundle) {
		applicants.tell(bundle.applicantId(), Optional.empty(),
				CaseNotice.bundleMessage(bundle.number(), bundle.bundleName()));
	}

	/** The matters' names in both languages, each with its status where asked. */
	private LocalizedText list(List<BundleApplication.Member> members, boolean withStatus) {
		return LocalizedText.of(list(members, withStatus, Locale.CHINA), list(members, withStatus, ENGLISH));
	}

	private String list(List<BundleApplication.Member> members, boolean withStatus, Locale locale) {
		if (members.isEmpty()) {
			return "—";
		}
		return members.stream()
			.map(member -> member.matterName().in(locale) + (withStatus ? messages.getMessage("approval.bundle.outcome",
					new Object[] { messages.getMessage("application.status." + member.status().name(), null, locale) },
					locale) : ""))
			.collect(Collectors.joining(messages.getMessage("approval.bundle.outcome.separator", null, locale)));
	}

}
