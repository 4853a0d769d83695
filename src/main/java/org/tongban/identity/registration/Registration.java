package org.tongban.identity.registration;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;
import org.tongban.exchange.AccessPurpose;
import org.tongban.exchange.PersonSummary;
import org.tongban.exchange.RealNameVerification;
import org.tongban.exchange.Refusal;
import org.tongban.exchange.RegisteredLegalPerson;
import org.tongban.exchange.Verification;
import org.tongban.identity.AccountKind;
import org.tongban.identity.AccountRefusedException;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.identity.accounts.PasswordPolicy;
import org.tongban.identity.factors.VerifiedCertificate;
import org.tongban.identity.login.CertificateLogin;
import org.tongban.identity.login.SmsCodePurpose;
import org.tongban.identity.login.SmsCodes;
import org.tongban.identity.login.ThrottleLog;
import org.tongban.identity.login.ThrottleLog.Limit;
import org.tongban.notification.SmsMessage;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.audit.AuditActor;
import org.tongban.shared.identifiers.InvalidIdentifierException;
import org.tongban.shared.identifiers.MobileNumber;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * Online registration of applicants (R1.1, R1.2), for the pages and the API alike: what
 * is wrong goes into the form's {@link Errors}, field by field, so that the applicant
 * corrects everything at once.
 * <p>
 * The checks run from the cheapest to the one that reads a base registry: the form, then
 * (per client address, at most {@value #PER_ADDRESS_PER_HOUR} attempts an hour) the SMS
 * code of the mobile, then whether the numbers are registered already, then real-name
 * verification. So only someone who holds a phone learns whether a number has an account,
 * and a registry is read at most five times per code sent. The code stays valid until the
 * account is opened, so that a typo in the name costs no new code.
 */
@Service
public class Registration {

	static final String REGISTER_PERSON = "account.register";

	static final String REGISTER_ENTERPRISE = "enterprise.register";

	static final String ACCOUNT = "account";

	static final String ENTERPRISE = "enterprise";

	static final int PER_ADDRESS_PER_HOUR = 10;

	/**
	 * Why the population and legal-person registries are read, as the access log shows it
	 * to the citizen.
	 */
	static final AccessPurpose PURPOSE = AccessPurpose.of("identity:registration",
			LocalizedText.of("用户注册实名核验", "Real-name verification of a registration"));

	private static final Limit PER_ADDRESS = new Limit(PER_ADDRESS_PER_HOUR, Duration.ofHours(1));

	private final Accounts accounts;

	private final AccountDirectory directory;

	private final PasswordPolicy passwordPolicy;

	private final SmsCodes codes;

	private final RealNameVerification realNames;

	private final ThrottleLog throttle;

	private final Representatives representatives;

	private final EnterpriseAuthorizations authorizations;

	private final CertificateLogin certificateLogin;

	private final Audit audit;

	Registration(Accounts accounts, AccountDirectory directory, PasswordPolicy passwordPolicy, SmsCodes codes,
			RealNameVerification realNames, ThrottleLog throttle, Representatives representatives,
			EnterpriseAuthorizations authorizations, CertificateLogin certificateLogin, Audit audit) {
		this.audit = audit;
		this.accounts = accounts;
		this.directory = directory;
		this.passwordPolicy = passwordPolicy;
		this.codes = codes;
		this.realNames = realNames;
		this.throttle = throttle;
		this.representatives = representatives;
		this.authorizations = authorizations;
		this.certificateLogin = certificateLogin;
	}

	/**
	 * Opens the account of a natural person whose mobile the SMS code proves and whom the
	 * population registry knows under the name and number given, under the registered
	 * name.
	 * @return the new account, or empty with the reasons in {@code errors}
	 * @throws org.tongban.identity.login.TooManyAttemptsException when the address has
	 * tried too often
	 */
	public Optional<Actor> registerPerson(PersonRegistrationForm form, String clientAddress, Errors errors) {
		String name = required(form.getName(), "name", "identity.registration.person.name.missing", errors);
		ResidentIdNumber residentId = parsed(form.getResidentId(), ResidentIdNumber::parse, "residentId", errors);
		MobileNumber mobile = parsed(form.getMobile(), MobileNumber::parse, "mobile", errors);
		String smsCode = required(form.getSmsCode(), "smsCode", "identity.registration.smsCode.missing", errors);
		checkPassword(form.getPassword(), form.getPasswordConfirmation(), errors, form.getName(), form.getResidentId(),
				form.getMobile());
		if (!form.isAcceptTerms()) {
			errors.rejectValue("acceptTerms", "identity.registration.acceptTerms.missing");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		throttle.count("register:" + clientAddress, "identity.registration.tooMany", PER_ADDRESS);
		if (!codes.verify(mobile, SmsCodePurpose.REGISTRATION, smsCode)) {
			errors.rejectValue("smsCode", "identity.registration.smsCode.wrong");
			return personRefused(errors);
		}
		rejectIfTaken(residentId.value(), "residentId", "identity.registration.residentId.taken", errors);
		rejectIfTaken(mobile.value(), "mobile", "identity.registration.mobile.taken", errors);
		if (errors.hasErrors()) {
			return personRefused(errors);
		}
		Verification<PersonSummary> verification = realNames.verifyPerson(name, residentId, PURPOSE);
		if (!verification.isVerified()) {
			errors.rejectValue(verification.refusal() == Refusal.NAME_MISMATCH ? "name" : "residentId",
					verification.messageCode());
			return personRefused(errors);
		}
		Optional<Actor> opened = opened(errors, () -> accounts.registerNaturalPerson(verification.subject().name(),
				residentId, mobile, form.getPassword()));
		opened.ifPresent(actor -> codes.discard(mobile, SmsCodePurpose.REGISTRATION));
		if (opened.isEmpty()) {
			return personRefused(errors);
		}
		audit.succeeded(opened.get().audited(), REGISTER_PERSON, ACCOUNT, opened.get().id(), null);
		return opened;
	}

	/**
	 * Records a registration refused once its form was complete (a wrong code, a number
	 * taken, a registry that does not know the person): of nobody's account yet, with the
	 * refusals' message codes and no number.
	 */
	private Optional<Actor> personRefused(Errors errors) {
		audit.failed(AuditActor.ANONYMOUS, REGISTER_PERSON, ACCOUNT, "new", codes(errors));
		return Optional.empty();
	}

	private static String codes(Errors errors) {
		return errors.getAllErrors()
			.stream()
			.map(error -> error.getCode())
			.collect(java.util.stream.Collectors.joining(" "));
	}

	/**
	 * Registers an enterprise of the legal-person registry with proof (R1.6), for a
	 * natural person logged in who becomes its agent (经办人); the enterprise itself logs in
	 * with its credit code and the password given here. The proof is, in this order: a
	 * signature of the enterprise's CA certificate over a certificate challenge, when the
	 * form carries one; the registrant's own verified account being the registry's legal
	 * representative; or a live authorization of the representative (or of an admin
	 * agent). Nothing in the form names the representative.
	 * <p>
	 * Whoever has no proof is refused the same way whether the enterprise has an account
	 * or not. With proof, an enterprise without account is opened with the registrant as
	 * its admin agent; an enterprise with one is not opened again and its password is not
	 * changed: the representative and the agents they authorized join it as agents, and
	 * the certificate adds nobody. The caller answers every outcome alike; the outcome
	 * goes by SMS to the representative's verified mobile and to the registrant.
	 * @param registrant the natural person logged in
	 * @return what was done, or empty with the reasons in {@code errors}
	 * @throws org.tongban.identity.login.TooManyAttemptsException when the address has
	 * tried too often
	 */
	public Optional<EnterpriseOutcome> registerEnterprise(EnterpriseRegistrationForm form, Actor registrant,
			String clientAddress, Errors errors) {
		if (registrant.kind() != AccountKind.NATURAL_PERSON) {
			errors.reject("identity.registration.agentNotPerson");
			return Optional.empty();
		}
		UnifiedSocialCreditCode creditCode = parsed(form.getCreditCode(), UnifiedSocialCreditCode::parse, "creditCode",
				errors);
		checkPassword(form.getPassword(), form.getPasswordConfirmation(), errors, form.getCreditCode());
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		throttle.count("register:" + clientAddress, "identity.registration.tooMany", PER_ADDRESS);
		Optional<RegisteredLegalPerson> registered = representatives.registered(creditCode);
		Optional<Proof> proof = registered.flatMap(enterprise -> proof(form, registrant, enterprise));
		if (proof.isEmpty()) {
			errors.rejectValue(form.isSignedByCertificate() ? "certificate" : "creditCode",
					form.isSignedByCertificate() ? "identity.registration.enterprise.certificateRefused"
							: "identity.registration.enterprise.notProven");
			audit.failed(registrant.audited(), REGISTER_ENTERPRISE, ENTERPRISE, creditCode.value(), codes(errors));
			return Optional.empty();
		}
		RegisteredLegalPerson enterprise = registered.get();
		if (!enterprise.active()) {
			errors.rejectValue("creditCode", "identity.registration.enterprise.notActive");
			audit.failed(registrant.audited(), REGISTER_ENTERPRISE, ENTERPRISE, creditCode.value(), codes(errors));
			return Optional.empty();
		}
		EnterpriseOutcome outcome = accounts.isRegistered(creditCode) ? joined(proof.get(), registrant, creditCode)
				: opened(proof.get(), registrant, enterprise, form.getPassword());
		// A credit code names an enterprise, which is public, not a person.
		audit.succeeded(registrant.audited(), REGISTER_ENTERPRISE, ENTERPRISE, creditCode.value(),
				proof.get() + " " + outcome);
		representatives.tell(enterprise, List.of(registrant.id()),
				SmsMessage.of(outcome.template(), enterprise.name(), registrant.name()));
		return Optional.of(outcome);
	}

	/** How the registrant proved the right to register the enterprise. */
	private enum Proof {

		CERTIFICATE, REPRESENTATIVE, AUTHORIZED_TO_REGISTER, AUTHORIZED_AGENT

	}

	private Optional<Proof> proof(EnterpriseRegistrationForm form, Actor registrant, RegisteredLegalPerson enterprise) {
		if (form.isSignedByCertificate()) {
			return certificateLogin.verified(form.getNonce(), form.getCertificate(), form.getSignature())
				.flatMap(VerifiedCertificate::creditCode)
				.filter(enterprise.code()::equals)
				.map(code -> Proof.CERTIFICATE);
		}
		if (representatives.represents(registrant.id(), enterprise)) {
			return Optional.of(Proof.REPRESENTATIVE);
		}
		return authorizations.liveScope(registrant.id(), enterprise)
			.map(scope -> scope == AuthorizationScope.REGISTER ? Proof.AUTHORIZED_TO_REGISTER : Proof.AUTHORIZED_AGENT);
	}

	/** The account opened, unless the authorization does not reach so far. */
	private EnterpriseOutcome opened(Proof proof, Actor registrant, RegisteredLegalPerson enterprise, String password) {
		if (proof == Proof.AUTHORIZED_AGENT) {
			return EnterpriseOutcome.NOT_IN_SCOPE;
		}
		accounts.registerLegalPerson(enterprise.name(), enterprise.code(), enterprise.representativeName(),
				registrant.id(), password);
		return EnterpriseOutcome.OPENED;
	}

	/**
	 * The registrant added as agent of the open account, if the proof is the
	 * representative's word.
	 */
	private EnterpriseOutcome joined(Proof proof, Actor registrant, UnifiedSocialCreditCode creditCode) {
		if (proof == Proof.CERTIFICATE) {
			return EnterpriseOutcome.NOT_CHANGED;
		}
		return accounts.addAgent(creditCode, registrant.id(), proof == Proof.REPRESENTATIVE) ? EnterpriseOutcome.JOINED
				: EnterpriseOutcome.ALREADY_AGENT;
	}

	/**
	 * What a proven enterprise registration did, told by SMS only
	 * ({@code notification.sms.enterprise.*}): the registrant is answered alike for all.
	 */
	public enum EnterpriseOutcome {

		/** The account was opened, with the registrant as admin agent. */
		OPENED("opened"),

		/** The account was open: the registrant is now one of its agents. */
		JOINED("joined"),

		/** The account was open and the registrant already one of its agents. */
		ALREADY_AGENT("alreadyAgent"),

		/**
		 * The account was not open and the registrant's authorization does not include
		 * opening it.
		 */
		NOT_IN_SCOPE("notInScope"),

		/**
		 * The account was open: a certificate does not add agents, the representative
		 * does.
		 */
		NOT_CHANGED("notChanged");

		private final String key;

		EnterpriseOutcome(String key) {
			this.key = key;
		}

		String template() {
			return "notification.sms.enterprise." + key;
		}

	}

	private void checkPassword(String password, String confirmation, Errors errors, String... personal) {
		try {
			passwordPolicy.check(password, Arrays.asList(personal));
		}
		catch (AccountRefusedException ex) {
			errors.rejectValue("password", ex.messageCode(), ex.messageArgs(), null);
			return;
		}
		if (!password.equals(confirmation)) {
			errors.rejectValue("passwordConfirmation", "identity.registration.passwordConfirmation.different");
		}
	}

	/**
	 * A number that has an account already: the applicant is told to log in, nothing
	 * about the account.
	 */
	private void rejectIfTaken(String number, String field, String messageCode, Errors errors) {
		if (directory.findByLogInName(number).isPresent()) {
			errors.rejectValue(field, messageCode);
		}
	}

	/**
	 * The account, or the refusal of {@link Accounts} (the same number registered a
	 * moment before) as an error.
	 */
	private static Optional<Actor> opened(Errors errors, Supplier<Actor> open) {
		try {
			return Optional.of(open.get());
		}
		catch (AccountRefusedException ex) {
			errors.reject(ex.messageCode(), ex.messageArgs(), null);
			return Optional.empty();
		}
	}

	static String required(String text, String field, String messageCode, Errors errors) {
		if (text == null || text.isBlank()) {
			errors.rejectValue(field, messageCode);
			return null;
		}
		return text.strip();
	}

	static <T> T parsed(String text, Function<String, T> parse, String field, Errors errors) {
		try {
			return parse.apply(text == null ? "" : text);
		}
		catch (InvalidIdentifierException ex) {
			errors.rejectValue(field, ex.messageCode(), ex.messageArgs(), null);
			return null;
		}
	}

}
