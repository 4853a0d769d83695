package org.tongban.identity.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tongban.identity.Actor;
import org.tongban.identity.LogInMethod;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.identity.login.LoginRefusedException;
import org.tongban.identity.login.SmsCodeLogin;
import org.tongban.identity.login.SmsCodePurpose;
import org.tongban.identity.login.SmsCodes;
import org.tongban.identity.login.TooManyAttemptsException;
import org.tongban.shared.identifiers.InvalidIdentifierException;
import org.tongban.shared.identifiers.MobileNumber;
import org.tongban.shared.web.RefusalStatus;

/**
 * Log-in by SMS code on a page (R1.3), without JavaScript: one form whose "send code"
 * button posts the number and whose "log in" button posts number and code. The page says
 * a code was sent whether or not the number has an account; a refused code gets the
 * message of a refused password.
 */
@Controller
@RequestMapping("/login/sms")
class SmsLoginPage {

	private static final String PAGE = "identity/login-sms";

	private final SmsCodes codes;

	private final SmsCodeLogin smsCodeLogin;

	private final SessionLogin sessionLogin;

	SmsLoginPage(SmsCodes codes, SmsCodeLogin smsCodeLogin, SessionLogin sessionLogin) {
		this.codes = codes;
		this.smsCodeLogin = smsCodeLogin;
		this.sessionLogin = sessionLogin;
	}

	@GetMapping
	String form(@ModelAttribute("login") SmsLoginForm form) {
		return PAGE;
	}

	@PostMapping(params = "send")
	String sendCode(@ModelAttribute("login") SmsLoginForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response, Locale locale) {
		try {
			codes.send(MobileNumber.parse(form.getPhone() == null ? "" : form.getPhone()), SmsCodePurpose.LOGIN,
					request.getRemoteAddr(), locale);
			model.addAttribute("sent", true);
		}
		catch (InvalidIdentifierException ex) {
			errors.rejectValue("phone", ex.messageCode(), ex.messageArgs(), null);
		}
		catch (TooManyAttemptsException ex) {
			tooMany(ex, response);
			errors.rejectValue("phone", ex.messageCode(), ex.messageArgs(), null);
		}
		return PAGE;
	}

	@PostMapping
	String logIn(@ModelAttribute("login") SmsLoginForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response) {
		Actor actor;
		try {
			actor = smsCodeLogin.logIn(form.getPhone(), form.getSmsCode(), request.getRemoteAddr());
		}
		catch (TooManyAttemptsException ex) {
			tooMany(ex, response);
			return refused(form, errors, ex.messageCode(), ex.messageArgs());
		}
		catch (LoginRefusedException ex) {
			return refused(form, errors, ex.messageCode(), ex.messageArgs());
		}
		sessionLogin.logIn(new ActorAuthentication(actor, LogInMethod.SMS_CODE), request, response);
		return "redirect:" + LoginPage.home(actor);
	}

	/** The page again with the message, the number kept, the code not. */
	private static String refused(SmsLoginForm form, BindingResult errors, String code, Object[] args) {
		form.setSmsCode(null);
		errors.rejectValue("smsCode", code, args, null);
		return PAGE;
	}

	/** Answers 429 with the time to wait, as the API does. */
	static void tooMany(TooManyAttemptsException ex, HttpServletResponse response) {
		RefusalStatus.write(ex, response);
	}

}
