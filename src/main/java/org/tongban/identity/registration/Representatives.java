package org.tongban.identity.registration;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tongban.exchange.AccessPurpose;
import org.tongban.exchange.BaseRegistries;
import org.tongban.exchange.RegisteredLegalPerson;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Accounts;
import org.tongban.identity.ApplicantParticulars;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.notification.Notifications;
import org.tongban.notification.SmsMessage;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * Who speaks for an enterprise (R1.6): its legal representative as the legal-person
 * registry names them, recognized by the resident ID number of their own verified
 * account, never by what a form says; and the admin agents of its account. What is done
 * in an enterprise's name is told by SMS to the representative's verified mobile, where
 * they have an account.
 */
@Component
class Representatives {

	/**
	 * Why the legal-person registry is read, as the access log shows it to the
	 * representative.
	 */
	static final AccessPurpose PURPOSE = AccessPurpose.of("identity:enterprise-proof",
			LocalizedText.of("核验单位法定代表人", "Proof of an enterprise's legal representative"));

	private final BaseRegistries registries;

	private final Accounts accounts;

	private final AccountDirectory directory;

	private final Notifications notifications;

	Representatives(BaseRegistries registries, Accounts accounts, AccountDirectory directory,
			Notifications notifications) {
		this.registries = registries;
		this.accounts = accounts;
		this.directory = directory;
		this.notifications = notifications;
	}

	/** The registry's entry of the enterprise. */
	Optional<RegisteredLegalPerson> registered(UnifiedSocialCreditCode creditCode) {
		return registries.legalPerson(creditCode, PURPOSE);
	}

	/**
	 * Whether the natural person's own verified account is that of the enterprise's
	 * registered representative.
	 */
	boolean represents(UUID person, RegisteredLegalPerson enterprise) {
		ApplicantParticulars particulars = accounts.particulars(person);
		return particulars.kind() == AccountKind.NATURAL_PERSON
				&& enterprise.representativeId().equals(particulars.residentId());
	}

	/**
	 * Whether the person may authorize agents: the representative, or an admin agent of
	 * the open account.
	 */
	boolean mayAuthorize(UUID person, RegisteredLegalPerson enterprise) {
		return represents(person, enterprise) || accounts.isAdminAgent(enterprise.code(), person);
	}

	/**
	 * Sends the SMS to the representative's verified mobile and to the other persons
	 * named, each once; in Chinese, since the platform does not know the representative's
	 * language.
	 */
	void tell(RegisteredLegalPerson enterprise, List<UUID> others, SmsMessage message) {
		var recipients = new LinkedHashSet<UUID>();
		directory.findByLogInName(enterprise.representativeId().value()).ifPresent(recipients::add);
		recipients.addAll(others);
		recipients.stream()
			.map(accounts::particulars)
			.filter(particulars -> particulars.kind() == AccountKind.NATURAL_PERSON)
			.forEach(particulars -> notifications.sms(particulars.mobile(), message, Locale.SIMPLIFIED_CHINESE));
	}

}
