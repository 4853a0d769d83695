package org.tongban.identity.web;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.identity.Actor;
import org.tongban.identity.LogInMethod;
import org.tongban.identity.factors.CertificateChallenge;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.identity.login.CertificateLogin;
import org.tongban.identity.login.SmsCodePurpose;
import org.tongban.identity.login.SmsCodes;
import org.tongban.identity.login.TooManyAttemptsException;
import org.tongban.identity.registration.EnterpriseRegistrationForm;
import org.tongban.identity.registration.PersonRegistrationForm;
import org.tongban.identity.registration.Registration;
import org.tongban.identity.registration.Registration.EnterpriseOutcome;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.identifiers.InvalidIdentifierException;
import org.tongban.shared.identifiers.MobileNumber;

/**
 * Registration pages (R1.1, R1.2, R13.2), plain forms that work without JavaScript:
 * {@code /register} to choose, {@code /register/person} for a natural person, whose "send
 * code" button posts the form and shows it again with everything but the passwords kept,
 * and {@code /register/enterprise} for a natural person logged in, who becomes the
 * enterprise's agent with proof (R1.6): their own account is the legal representative's,
 * the representative authorized them, or the enterprise's certificate signs a challenge
 * ({@code ?certificate}). A new natural person is logged in at once; both end on a
 * confirmation page, the same for every enterprise registration.
 */
@Controller
@RequestMapping("/register")
class RegistrationPages {

	private static final String PERSON = "identity/register-person";

	private static final String ENTERPRISE = "identity/register-enterprise";

	private final Registration registration;

	private final SmsCodes codes;

	private final SessionLogin sessionLogin;

	private final CertificateLogin certificateLogin;

	RegistrationPages(Registration registration, SmsCodes codes, SessionLogin sessionLogin,
			CertificateLogin certificateLogin) {
		this.registration = registration;
		this.codes = codes;
		this.sessionLogin = sessionLogin;
		this.certificateLogin = certificateLogin;
	}

	@GetMapping
	String choose() {
		return "identity/register";
	}

	@GetMapping("/person")
	String personForm(@ModelAttribute("person") PersonRegistrationForm form) {
		return PERSON;
	}

	@PostMapping(path = "/person", params = "send")
	String sendCode(@ModelAttribute("person") PersonRegistrationForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response, Locale locale) {
		form.clearPasswords();
		try {
			codes.send(MobileNumber.parse(form.getMobile() == null ? "" : form.getMobile()),
					SmsCodePurpose.REGISTRATION, request.getRemoteAddr(), locale);
			model.addAttribute("sent", true);
		}
		catch (InvalidIdentifierException ex) {
			errors.rejectValue("mobile", ex.messageCode(), ex.messageArgs(), null);
		}
		catch (TooManyAttemptsException ex) {
			SmsLoginPage.tooMany(ex, response);
			errors.rejectValue("mobile", ex.messageCode(), ex.messageArgs(), null);
		}
		return PERSON;
	}

	@PostMapping("/person")
	String registerPerson(@ModelAttribute("person") PersonRegistrationForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Optional<Actor> person = registered(response, errors,
				() -> registration.registerPerson(form, request.getRemoteAddr(), errors));
		if (person.isEmpty()) {
			form.clearPasswords();
			return PERSON;
		}
		sessionLogin.logIn(new ActorAuthentication(person.get(), LogInMethod.PASSWORD), request, response);
		redirect.addFlashAttribute("registered", person.get());
		return "redirect:/register/done";
	}

	/**
	 * With {@code ?certificate}, the form shows a challenge for the enterprise's
	 * certificate to sign.
	 */
	@GetMapping("/enterprise")
	String enterpriseForm(@ModelAttribute("enterprise") EnterpriseRegistrationForm form, Model model,
			HttpServletRequest request) {
		if (request.getParameter("certificate") != null) {
			withChallenge(form, model, request);
		}
		return ENTERPRISE;
	}

	@PostMapping("/enterprise")
	String registerEnterprise(@ModelAttribute("enterprise") EnterpriseRegistrationForm form, BindingResult errors,
			@AuthenticationPrincipal Actor agent, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		Optional<EnterpriseOutcome> outcome = registered(response, errors,
				() -> registration.registerEnterprise(form, agent, request.getRemoteAddr(), errors));
		if (outcome.isEmpty()) {
			form.clearPasswords();
			if (form.isSignedByCertificate()) {
				withChallenge(form, model, request);
			}
			return ENTERPRISE;
		}
		// The same confirmation whatever was done (R1.6): the outcome goes by SMS.
		redirect.addFlashAttribute("enterpriseSubmitted", form.getCreditCode().strip());
		return "redirect:/register/done";
	}

	/**
	 * What was registered a moment ago; nothing to confirm for anyone who comes here
	 * otherwise.
	 */
	@GetMapping("/done")
	String done(Model model) {
		return model.containsAttribute("registered") || model.containsAttribute("enterpriseSubmitted")
				? "identity/register-done" : "redirect:/register";
	}

	/**
	 * A new challenge, each good for one attempt; none where no CA is configured or the
	 * address tried too often.
	 */
	private void withChallenge(EnterpriseRegistrationForm form, Model model, HttpServletRequest request) {
		try {
			CertificateChallenge challenge = certificateLogin.challenge(request.getRemoteAddr());
			form.setNonce(challenge.nonce());
			model.addAttribute("challenge", challenge.text());
		}
		catch (TooManyAttemptsException | NotFoundException ex) {
			model.addAttribute("challengeUnavailable", true);
		}
	}

	/**
	 * The registration, or empty with the refusal in {@code errors}: too many attempts
	 * answer 429.
	 */
	private static <T> Optional<T> registered(HttpServletResponse response, BindingResult errors,
			Supplier<Optional<T>> registration) {
		try {
			return registration.get();
		}
		catch (TooManyAttemptsException ex) {
			SmsLoginPage.tooMany(ex, response);
			errors.reject(ex.messageCode(), ex.messageArgs(), null);
			return Optional.empty();
		}
	}

}
