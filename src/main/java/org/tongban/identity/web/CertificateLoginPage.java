package org.tongban.identity.web;

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
import org.tongban.identity.factors.CertificateChallenge;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.identity.login.CertificateLogin;
import org.tongban.identity.login.LoginRefusedException;
import org.tongban.identity.login.TooManyAttemptsException;

/**
 * Log-in with a CA digital certificate on a page (R1.3, R12.6), without JavaScript: the
 * page shows a challenge, the applicant signs it with their certificate's key (a UKey's
 * tool, or OpenSSL as the page explains) and pastes the certificate and the signature. A
 * refusal shows one message whatever was wrong, and a new challenge, since each is good
 * for one attempt.
 */
@Controller
@RequestMapping("/login/certificate")
class CertificateLoginPage {

	private final CertificateLogin certificateLogin;

	private final SessionLogin sessionLogin;

	CertificateLoginPage(CertificateLogin certificateLogin, SessionLogin sessionLogin) {
		this.certificateLogin = certificateLogin;
		this.sessionLogin = sessionLogin;
	}

	@GetMapping
	String form(@ModelAttribute("certificateLogin") CertificateLoginForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		return withChallenge(form, errors, model, request, response);
	}

	@PostMapping
	String logIn(@ModelAttribute("certificateLogin") CertificateLoginForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Actor actor;
		try {
			actor = certificateLogin.logIn(form.getNonce(), form.getCertificate(), form.getSignature(),
					request.getRemoteAddr());
		}
		catch (TooManyAttemptsException ex) {
			SmsLoginPage.tooMany(ex, response);
			errors.reject(ex.messageCode(), ex.messageArgs(), null);
			form.setSignature(null);
			return "identity/certificate-login";
		}
		catch (LoginRefusedException ex) {
			errors.rejectValue("certificate", "identity.certificate.refused");
			form.setSignature(null);
			return withChallenge(form, errors, model, request, response);
		}
		sessionLogin.logIn(new ActorAuthentication(actor, LogInMethod.CERTIFICATE), request, response);
		return "redirect:" + LoginPage.home(actor);
	}

	private String withChallenge(CertificateLoginForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			CertificateChallenge challenge = certificateLogin.challenge(request.getRemoteAddr());
			form.setNonce(challenge.nonce());
			model.addAttribute("challenge", challenge.text());
		}
		catch (TooManyAttemptsException ex) {
			SmsLoginPage.tooMany(ex, response);
			errors.reject(ex.messageCode(), ex.messageArgs(), null);
		}
		return "identity/certificate-login";
	}

}
