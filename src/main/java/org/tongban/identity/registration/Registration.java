package org.tongban.identity.registration;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;
import org.tongban.exchange.AccessPurpose;
import org.tongban.exchange.LegalPersonSummary;
import org.tongban.exchange.PersonSummary;
import org.tongban.exchange.RealNameVerification;
import org.tongban.exchange.Refusal;
import org.tongban.exchange.Verification;
import org.tongban.identity.AccountKind;
import org.tongban.identity.AccountRefusedException;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.identity.accounts.PasswordPolicy;
import org.tongban.identity.login.SmsCodePurpose;
import org.tongban.identity.login.SmsCodes;
import org.tongban.identity.login.ThrottleLog;
import org.tongban.identity.login.ThrottleLog.Limit;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.identifiers.InvalidIdentifierException;
import org.tongban.shared.identifiers.MobileNumber;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * Online registration of applicants (R1.1, R1.2), for the pages and the API alike: what is wrong goes into the
 * form's {@link Errors}, field by field, so that the applicant corrects everything at once.
 * <p>
 * The checks run from the cheapest to the one that reads a base registry: the form, then (per client address, at
 * most {@value #PER_ADDRESS_PER_HOUR} attempts an hour) the SMS code of the mobile, then whether the numbers are
 * registered already, then real-name verification. So only someone who holds a phone learns whether a number has an
 * account, and a registry is read at most five times per code sent. The code stays valid until the account is
 * opened, so that a typo in the name costs no new code.
 */
@Service
public class Registration {

	static final int PER_ADDRESS_PER_HOUR = 10;

	/** Why the population and legal-person registries are read, as the access log shows it to the citizen. */
	static final AccessPurpose PURPOSE = AccessPurpose.of("identity:registration",
			LocalizedText.of("用户注册实名核验", "Real-name verification of a registration"));

	private static final Limit PER_ADDRESS = new Limit(PER_ADDRESS_PER_HOUR, Duration.ofHours(1));

	private final Accounts accounts;

	private final AccountDirectory directory;

	private final PasswordPolicy passwordPolicy;

	private final SmsCodes codes;

	private final RealNameVerification realNames;

	private final ThrottleLog throttle;

	Registration(Accounts accounts, AccountDirectory directory, PasswordPolicy passwordPolicy, SmsCodes codes,
			RealNameVerification realNames, ThrottleLog throttle) {
		this.accounts = accounts;
		this.directory = directory;
		this.passwordPolicy = passwordPolicy;
		this.codes = codes;
		this.realNames = realNames;
		this.throttle = throttle;
	}

	/**
	 * Opens the account of a natural person whose mobile the SMS code proves and whom the population registry knows
	 * under the name and number given, under the registered name.
	 *
	 * @return the new account, or empty with the reasons in {@code errors}
	 * @throws org.tongban.identity.login.TooManyAttemptsException when the address has tried too often
	 */
	public Optional<Actor> registerPerson(PersonRegistrationForm form, String clientAddress, Errors errors) {
		String name = required(form.getName(), "name", "identity.registration.person.name.missing", errors);
		ResidentIdNumber residentId = parsed(form.getResidentId(), ResidentIdNumber::parse, "residentId", errors);
		MobileNumber mobile = parsed(form.getMobile(), MobileNumber::parse, "mobile", errors);
		String smsCode = required(form.getSmsCode(), "smsCode", "identity.registration.smsCode.missing", errors);
		checkPassword(form.getPassword(), form.getPasswordConfirmation(), errors, form.getName(),
				form.getResidentId(), form.getMobile());
		if (!form.isAcceptTerms()) {
			errors.rejectValue("acceptTerms", "identity.registration.acceptTerms.missing");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		throttle.count("register:" + clientAddress, "identity.registration.tooMany", PER_ADDRESS);
		if (!codes.verify(mobile, SmsCodePurpose.REGISTRATION, smsCode)) {
			errors.rejectValue("smsCode", "identity.registration.smsCode.wrong");
			return Optional.empty();
		}
		rejectIfTaken(residentId.value(), "residentId", "identity.registration.residentId.taken", errors);
		rejectIfTaken(mobile.value(), "mobile", "identity.registration.mobile.taken", errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		Verification<PersonSummary> verification = realNames.verifyPerson(name, residentId, PURPOSE);
		if (!verification.isVerified()) {
			errors.rejectValue(verification.refusal() == Refusal.NAME_MISMATCH ? "name" : "residentId",
					verification.messageCode());
			return Optional.empty();
		}
		Optional<Actor> opened = opened(errors, () -> accounts.registerNaturalPerson(verification.subject().name(),
				residentId, mobile, form.getPassword()));
		opened.ifPresent(actor -> codes.discard(mobile, SmsCodePurpose.REGISTRATION));
		return opened;
	}

	/**
	 * Opens the account of a legal person that the legal-person registry knows with the name, code and legal
	 * representative given, with the natural person who registers it as its agent (经办人), who acts for it from
	 * their own account; the enterprise itself logs in with its credit code and the password given here.
	 *
	 * @param agent the natural person logged in
	 * @return the new account, or empty with the reasons in {@code errors}
	 * @throws org.tongban.identity.login.TooManyAttemptsException when the address has tried too often
	 */
	public Optional<Actor> registerEnterprise(EnterpriseRegistrationForm form, Actor agent, String clientAddress,
			Errors errors) {
		if (agent.kind() != AccountKind.NATURAL_PERSON) {
			errors.reject("identity.registration.agentNotPerson");
			return Optional.empty();
		}
		String name = required(form.getName(), "name", "identity.registration.enterprise.name.missing", errors);
		UnifiedSocialCreditCode creditCode = parsed(form.getCreditCode(), UnifiedSocialCreditCode::parse,
				"creditCode", errors);
		String representativeName = required(form.getRepresentativeName(), "representativeName",
				"identity.registration.representativeName.missing", errors);
		ResidentIdNumber representativeId = parsed(form.getRepresentativeId(), ResidentIdNumber::parse,
				"representativeId", errors);
		checkPassword(form.getPassword(), form.getPasswordConfirmation(), errors, form.getName(),
				form.getCreditCode(), form.getRepresentativeName());
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		throttle.count("register:" + clientAddress, "identity.registration.tooMany", PER_ADDRESS);
		rejectIfTaken(creditCode.value(), "creditCode", "identity.registration.creditCode.taken", errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		Verification<LegalPersonSummary> verification = realNames.verifyLegalPerson(name, creditCode,
				representativeName, representativeId, PURPOSE);
		if (!verification.isVerified()) {
			errors.rejectValue(switch (verification.refusal()) {
				case NAME_MISMATCH -> "name";
				case REPRESENTATIVE_MISMATCH -> "representativeName";
				default -> "creditCode";
			}, verification.messageCode());
			return Optional.empty();
		}
		LegalPersonSummary enterprise = verification.subject();
		return opened(errors, () -> accounts.registerLegalPerson(enterprise.name(), creditCode,
				enterprise.representativeName(), agent.id(), form.getPassword()));
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

	/** A number that has an account already: the applicant is told to log in, nothing about the account. */
	private void rejectIfTaken(String number, String field, String messageCode, Errors errors) {
		if (directory.findByLogInName(number).isPresent()) {
			errors.rejectValue(field, messageCode);
		}
	}

	/** The account, or the refusal of {@link Accounts} (the same number registered a moment before) as an error. */
	private static Optional<Actor> opened(Errors errors, Supplier<Actor> open) {
		try {
			return Optional.of(open.get());
		}
		catch (AccountRefusedException ex) {
			errors.reject(ex.messageCode(), ex.messageArgs(), null);
			return Optional.empty();
		}
	}

	private static String required(String text, String field, String messageCode, Errors errors) {
		if (text == null || text.isBlank()) {
			errors.rejectValue(field, messageCode);
			return null;
		}
		return text.strip();
	}

	private static <T> T parsed(String text, Function<String, T> parse, String field, Errors errors) {
		try {
			return parse.apply(text == null ? "" : text);
		}
		catch (InvalidIdentifierException ex) {
			errors.rejectValue(field, ex.messageCode(), ex.messageArgs(), null);
			return null;
		}
	}

}
