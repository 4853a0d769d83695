package org.tongban.identity.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tongban.identity.Actor;
import org.tongban.identity.LogInMethod;
import org.tongban.identity.factors.TotpEnrolment;
import org.tongban.identity.factors.TotpSecret;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.identity.login.LoginRefusedException;
import org.tongban.identity.login.PendingLogIn;
import org.tongban.identity.login.SecondFactorPending;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.identity.login.TooManyAttemptsException;
import org.tongban.shared.crypto.FieldCipher;

/**
 * The second step of a staff log-in (R1.3), open only to a {@link SecondFactorPending}
 * session, without JavaScript: the code of the authenticator app, or a code sent by SMS
 * on a button's press. The session reaches it after any password for a staff account
 * name, so every page here looks and answers the same whether the password was right or
 * not, and a refusal says "account, password or code wrong". A staff member without an
 * authenticator (or with a new phone) follows the link to enrol one: the page shows its
 * QR code (a data URI, which the CSP's {@code img-src data:} allows) and its secret for
 * typing in, and the enrolment is confirmed with the app's first code and a code sent to
 * the registered mobile, so that a stolen password cannot enrol the thief's
 * authenticator. Every step counts toward the address's log-in attempts (429 beyond).
 * Either way the log-in ends with a new session id ({@link SessionLogin}).
 */
@Controller
@RequestMapping("/login/second-factor")
class SecondFactorPage {

	/**
	 * The new authenticator's secret between showing it and its confirmation, sealed like
	 * the stored ones.
	 */
	static final String ENROLMENT = SecondFactorPage.class.getName() + ".enrolment";

	/**
	 * The same whatever was wrong: the password, the code, or the wait of the address.
	 */
	private static final String REFUSED = "identity.secondFactor.refused";

	private final StaffSecondFactor secondFactor;

	private final SessionLogin sessionLogin;

	private final FieldCipher cipher;

	SecondFactorPage(StaffSecondFactor secondFactor, SessionLogin sessionLogin, FieldCipher cipher) {
		this.secondFactor = secondFactor;
		this.sessionLogin = sessionLogin;
		this.cipher = cipher;
	}

	@GetMapping
	String form(@ModelAttribute("secondFactor") SecondFactorForm form, Authentication authentication) {
		return pending(authentication).isPresent() ? "identity/second-factor" : "redirect:/login";
	}

	@PostMapping
	String verify(@ModelAttribute("secondFactor") SecondFactorForm form, BindingResult errors,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		Optional<PendingLogIn> pending = pending(authentication);
		if (pending.isEmpty()) {
			return "redirect:/login";
		}
		try {
			return loggedIn(secondFactor.logIn(pending.get(), form.getCode(), request.getRemoteAddr()), request,
					response);
		}
		catch (TooManyAttemptsException ex) {
			SmsLoginPage.tooMany(ex, response);
			return refused(form, errors, ex.messageCode(), ex.messageArgs(), "identity/second-factor");
		}
		catch (LoginRefusedException ex) {
			return refused(form, errors, REFUSED, new Object[0], "identity/second-factor");
		}
	}

	@PostMapping("/sms")
	String sendSmsCode(@ModelAttribute("secondFactor") SecondFactorForm form, BindingResult errors,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		return sendSmsCode(form, errors, authentication, request, response, "identity/second-factor",
				"/login/second-factor");
	}

	/**
	 * Open whether or not an authenticator is enrolled, so that it does not tell a right
	 * password either.
	 */
	@GetMapping("/enrol")
	String enrolment(@ModelAttribute("secondFactor") SecondFactorForm form, Authentication authentication,
			HttpSession session, Model model) {
		Optional<PendingLogIn> pending = pending(authentication);
		if (pending.isEmpty()) {
			return "redirect:/login";
		}
		return enrolmentPage(pending.get(), session, model);
	}

	@PostMapping("/enrol")
	String enrol(@ModelAttribute("secondFactor") SecondFactorForm form, BindingResult errors,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<PendingLogIn> pending = pending(authentication);
		if (pending.isEmpty()) {
			return "redirect:/login";
		}
		String view = enrolmentPage(pending.get(), request.getSession(), model);
		try {
			TotpSecret secret = enrolment(pending.get(), request.getSession()).secret();
			Actor actor = secondFactor.enrol(pending.get(), secret, form.getCode(), form.getSmsCode(),
					request.getRemoteAddr());
			request.getSession().removeAttribute(ENROLMENT);
			return loggedIn(actor, request, response);
		}
		catch (TooManyAttemptsException ex) {
			SmsLoginPage.tooMany(ex, response);
			return refused(form, errors, ex.messageCode(), ex.messageArgs(), view);
		}
		catch (LoginRefusedException ex) {
			return refused(form, errors, REFUSED, new Object[0], view);
		}
	}

	@PostMapping("/enrol/sms")
	String sendEnrolmentSmsCode(@ModelAttribute("secondFactor") SecondFactorForm form, BindingResult errors,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model) {
		pending(authentication).ifPresent(pending -> enrolmentPage(pending, request.getSession(), model));
		return sendSmsCode(form, errors, authentication, request, response, "identity/second-factor-enrol",
				"/login/second-factor/enrol");
	}

	private String sendSmsCode(SecondFactorForm form, BindingResult errors, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, String view, String page) {
		Optional<PendingLogIn> pending = pending(authentication);
		if (pending.isEmpty()) {
			return "redirect:/login";
		}
		try {
			secondFactor.sendSmsCode(pending.get(), request.getRemoteAddr(), LocaleContextHolder.getLocale());
		}
		catch (TooManyAttemptsException ex) {
			SmsLoginPage.tooMany(ex, response);
			return refused(form, errors, ex.messageCode(), ex.messageArgs(), view);
		}
		return "redirect:" + page + "?sent";
	}

	private String enrolmentPage(PendingLogIn pending, HttpSession session, Model model) {
		TotpEnrolment enrolment = enrolment(pending, session);
		model.addAttribute("qrCode", enrolment.qrCodeDataUri());
		model.addAttribute("secret", enrolment.secret().base32().replaceAll("(.{4})(?!$)", "$1 "));
		return "identity/second-factor-enrol";
	}

	/**
	 * The enrolment shown in this session, or a new one: a reload shows the same QR code.
	 */
	private TotpEnrolment enrolment(PendingLogIn pending, HttpSession session) {
		if (session.getAttribute(ENROLMENT) instanceof String sealed) {
			return new TotpEnrolment(TotpEnrolment.ISSUER, pending.accountName(),
					TotpSecret.fromBase32(cipher.decrypt(sealed)));
		}
		TotpEnrolment enrolment = secondFactor.newEnrolment(pending);
		session.setAttribute(ENROLMENT, cipher.encrypt(enrolment.secret().base32()));
		return enrolment;
	}

	private String loggedIn(Actor actor, HttpServletRequest request, HttpServletResponse response) {
		sessionLogin.logIn(new ActorAuthentication(actor, LogInMethod.PASSWORD), request, response);
		return "redirect:" + LoginPage.home(actor);
	}

	private static Optional<PendingLogIn> pending(Authentication authentication) {
		return authentication instanceof SecondFactorPending pending ? Optional.of(pending.getPrincipal())
				: Optional.empty();
	}

	private static String refused(SecondFactorForm form, BindingResult errors, String code, Object[] args,
			String view) {
		form.setCode(null);
		form.setSmsCode(null);
		errors.rejectValue("code", code, args, null);
		return view;
	}

}
