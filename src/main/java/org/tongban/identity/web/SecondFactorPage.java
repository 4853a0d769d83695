package org.tongban.identity.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tongban.identity.Actor;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.identity.accounts.StaffAccount;
import org.tongban.identity.factors.TotpEnrolment;
import org.tongban.identity.factors.TotpSecret;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.identity.login.LoginRefusedException;
import org.tongban.identity.login.SecondFactorPending;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.identity.login.TooManyAttemptsException;
import org.tongban.shared.crypto.FieldCipher;

/**
 * The second step of a staff log-in (R1.3), open only to a {@link SecondFactorPending} session, without JavaScript:
 * the code of the authenticator app, or a code sent by SMS on a button's press. A staff member without an
 * authenticator enrols one first: the page shows its QR code (a data URI, which the CSP's {@code img-src data:}
 * allows) and its secret for typing in, and the enrolment is confirmed with the app's first code and a code sent to
 * the registered mobile, so that a stolen password cannot enrol the thief's authenticator. Either way the log-in
 * ends with a new session id ({@link SessionLogin}).
 */
@Controller
@RequestMapping("/login/second-factor")
class SecondFactorPage {

	/** The new authenticator's secret between showing it and its confirmation, sealed like the stored ones. */
	static final String ENROLMENT = SecondFactorPage.class.getName() + ".enrolment";

	/** The same whatever was wrong, like a refused password. */
	private static final String REFUSED = "identity.secondFactor.refused";

	private final StaffSecondFactor secondFactor;

	private final AccountDirectory directory;

	private final SessionLogin sessionLogin;

	private final FieldCipher cipher;

	SecondFactorPage(StaffSecondFactor secondFactor, AccountDirectory directory, SessionLogin sessionLogin,
			FieldCipher cipher) {
		this.secondFactor = secondFactor;
		this.directory = directory;
		this.sessionLogin = sessionLogin;
		this.cipher = cipher;
	}

	@GetMapping
	String form(@ModelAttribute("secondFactor") SecondFactorForm form, Authentication authentication) {
		Optional<StaffAccount> staff = pending(authentication);
		if (staff.isEmpty()) {
			return "redirect:/login";
		}
		return secondFactor.enrolled(staff.get().id()) ? "identity/second-factor"
				: "redirect:/login/second-factor/enrol";
	}

	@PostMapping
	String verify(@ModelAttribute("secondFactor") SecondFactorForm form, BindingResult errors,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		Optional<StaffAccount> staff = pending(authentication);
		if (staff.isEmpty()) {
			return "redirect:/login";
		}
		try {
			return loggedIn(secondFactor.logIn(staff.get(), form.getCode()), request, response);
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

	@GetMapping("/enrol")
	String enrolment(@ModelAttribute("secondFactor") SecondFactorForm form, Authentication authentication,
			HttpSession session, Model model) {
		Optional<StaffAccount> staff = pending(authentication);
		if (staff.isEmpty()) {
			return "redirect:/login";
		}
		if (secondFactor.enrolled(staff.get().id())) {
			return "redirect:/login/second-factor";
		}
		return enrolmentPage(staff.get(), session, model);
	}

	@PostMapping("/enrol")
	String enrol(@ModelAttribute("secondFactor") SecondFactorForm form, BindingResult errors,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<StaffAccount> staff = pending(authentication);
		if (staff.isEmpty() || secondFactor.enrolled(staff.get().id())) {
			return "redirect:/login/second-factor";
		}
		try {
			TotpSecret secret = enrolment(staff.get(), request.getSession()).secret();
			Actor actor = secondFactor.enrol(staff.get(), secret, form.getCode(), form.getSmsCode());
			request.getSession().removeAttribute(ENROLMENT);
			return loggedIn(actor, request, response);
		}
		catch (LoginRefusedException ex) {
			enrolmentPage(staff.get(), request.getSession(), model);
			return refused(form, errors, REFUSED, new Object[0], "identity/second-factor-enrol");
		}
	}

	@PostMapping("/enrol/sms")
	String sendEnrolmentSmsCode(@ModelAttribute("secondFactor") SecondFactorForm form, BindingResult errors,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model) {
		pending(authentication).ifPresent(staff -> enrolmentPage(staff, request.getSession(), model));
		return sendSmsCode(form, errors, authentication, request, response, "identity/second-factor-enrol",
				"/login/second-factor/enrol");
	}

	private String sendSmsCode(SecondFactorForm form, BindingResult errors, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, String view, String page) {
		Optional<StaffAccount> staff = pending(authentication);
		if (staff.isEmpty()) {
			return "redirect:/login";
		}
		try {
			secondFactor.sendSmsCode(staff.get(), request.getRemoteAddr(), LocaleContextHolder.getLocale());
		}
		catch (TooManyAttemptsException ex) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()));
			return refused(form, errors, ex.messageCode(), ex.messageArgs(), view);
		}
		return "redirect:" + page + "?sent";
	}

	private String enrolmentPage(StaffAccount staff, HttpSession session, Model model) {
		TotpEnrolment enrolment = enrolment(staff, session);
		model.addAttribute("qrCode", enrolment.qrCodeDataUri());
		model.addAttribute("secret", enrolment.secret().base32().replaceAll("(.{4})(?!$)", "$1 "));
		return "identity/second-factor-enrol";
	}

	/** The enrolment shown in this session, or a new one: a reload shows the same QR code. */
	private TotpEnrolment enrolment(StaffAccount staff, HttpSession session) {
		if (session.getAttribute(ENROLMENT) instanceof String sealed) {
			return new TotpEnrolment(TotpEnrolment.ISSUER, staff.accountName(),
					TotpSecret.fromBase32(cipher.decrypt(sealed)));
		}
		TotpEnrolment enrolment = secondFactor.newEnrolment(staff);
		session.setAttribute(ENROLMENT, cipher.encrypt(enrolment.secret().base32()));
		return enrolment;
	}

	private String loggedIn(Actor actor, HttpServletRequest request, HttpServletResponse response) {
		sessionLogin.logIn(new ActorAuthentication(actor), request, response);
		return "redirect:" + LoginPage.home(actor);
	}

	private Optional<StaffAccount> pending(Authentication authentication) {
		return authentication instanceof SecondFactorPending pending ? directory.staff(pending.getPrincipal())
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
