package org.tongban.application;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.internal.ApplicationStore;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.PhoneVerification;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.identifiers.MobileNumber;

/**
 * The contact phone of an application (R6.2): the notices of a case go to the applicant's
 * account mobile and to the mobiles of an enterprise's agents, and to the phone the form
 * gives only once the applicant proved with an SMS code that they are reached there, so
 * that no notice goes to a number somebody merely typed.
 */
@Service
public class ContactPhones {

	/**
	 * The case's notices go to a contact phone from now on: a change of personal data.
	 */
	static final String CONFIRM = "application.contact-phone";

	private final MyApplications applications;

	private final ApplicationStore store;

	private final PhoneVerification verification;

	private final Accounts accounts;

	private final Clock clock;

	private final Audit audit;

	ContactPhones(MyApplications applications, ApplicationStore store, PhoneVerification verification,
			Accounts accounts, Clock clock, Audit audit) {
		this.audit = audit;
		this.applications = applications;
		this.store = store;
		this.verification = verification;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * The contact phone of the applicant's application, and whether its notices go there.
	 */
	@Transactional(readOnly = true)
	public ContactPhone of(Actor applicant, String number) {
		return of(applications.byNumber(applicant, number));
	}

	/**
	 * Sends a code to the contact phone of the applicant's application.
	 * @throws RefusedException (409) when the case has ended or the phone is reached
	 * already or not given, (429) when the number or the address asked too often
	 */
	public void sendCode(Actor applicant, String number, String clientAddress, Locale locale) {
		verification.sendCode(toVerify(applications.byNumber(applicant, number)), clientAddress, locale);
	}

	/**
	 * Takes the code the contact phone received: from now on the notices of the case go
	 * there too.
	 * @throws InvalidParameterException when the code is not six digits or not the live
	 * code
	 */
	@Transactional
	public ContactPhone confirm(Actor applicant, String number, String code) {
		Application application = applications.byNumber(applicant, number);
		MobileNumber phone = toVerify(application);
		String given = code == null ? "" : code.strip();
		if (!given.matches("[0-9]{6}")) {
			throw new InvalidParameterException("code", "application.contactPhone.code.format");
		}
		if (!verification.confirm(phone, given)) {
			audit.failed(applicant.audited(), CONFIRM, Submissions.CASE, number, "application.contactPhone.code.wrong");
			throw new InvalidParameterException("code", "application.contactPhone.code.wrong");
		}
		store.verifiedContactPhone(application.id(), phone.value(), clock.instant());
		audit.succeeded(applicant.audited(), CONFIRM, Submissions.CASE, number, null);
		return of(applications.byNumber(applicant, number));
	}

	/**
	 * The contact phone of an application the caller was given by {@link MyApplications}.
	 */
	@Transactional(readOnly = true)
	public ContactPhone of(Application application) {
		Optional<MobileNumber> phone = phone(application);
		if (phone.isEmpty()) {
			return ContactPhone.NONE;
		}
		String masked = phone.get().masked();
		if (reachedByAccount(application, phone.get())) {
			return new ContactPhone(masked, ContactPhone.Reach.ACCOUNT);
		}
		boolean verified = store.verifiedContactPhone(application.id()).filter(phone.get().value()::equals).isPresent();
		return new ContactPhone(masked, verified ? ContactPhone.Reach.VERIFIED : ContactPhone.Reach.UNVERIFIED);
	}

	private MobileNumber toVerify(Application application) {
		if (application.isDraft() || application.status().isFinal()) {
			throw new RefusedException(Refusal.CONFLICT, "application.contactPhone.notOpen");
		}
		ContactPhone contact = of(application);
		if (contact.reach() == ContactPhone.Reach.NONE) {
			throw new RefusedException(Refusal.CONFLICT, "application.contactPhone.none");
		}
		if (contact.isReached()) {
			throw new RefusedException(Refusal.CONFLICT, "application.contactPhone.reached", contact.masked());
		}
		return phone(application).orElseThrow();
	}

	private Optional<MobileNumber> phone(Application application) {
		return application.contactPhone(applications.guideOf(application).version().form())
			.filter(MobileNumber::isValid)
			.map(MobileNumber::parse);
	}

	private boolean reachedByAccount(Application application, MobileNumber phone) {
		if (application.applicantKind() == AccountKind.LEGAL_PERSON) {
			return accounts.agentMobiles(application.applicantId()).containsValue(phone);
		}
		return phone.equals(accounts.particulars(application.applicantId()).mobile());
	}

}
