package org.tongban.identity.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.tongban.identity.Actor;
import org.tongban.identity.LogInMethod;
import org.tongban.identity.CurrentActor;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.identity.login.LoginRefusedException;
import org.tongban.identity.login.LoginResult;
import org.tongban.identity.login.PasswordLogin;
import org.tongban.identity.login.SecondFactorPending;
import org.tongban.identity.login.TooManyAttemptsException;

/**
 * The log-in page (R1.3, R13.2): a plain form that works without JavaScript,
 * CSRF-protected like every form. A refused log-in shows the same message whatever was
 * wrong; a staff account name goes on to the second factor whatever the password, which
 * is judged only together with the code ({@link SecondFactorPage}); too many attempts
 * from one address are answered 429 with the time to wait. After log-in the page that
 * sent the visitor here opens, or their home: {@code /my} for applicants, {@code /staff}
 * for staff.
 */
@Controller
@RequestMapping("/login")
class LoginPage {

	private final PasswordLogin passwordLogin;

	private final SessionLogin sessionLogin;

	private final CurrentActor currentActor;

	private final RequestCache requestCache = new HttpSessionRequestCache();

	LoginPage(PasswordLogin passwordLogin, SessionLogin sessionLogin, CurrentActor currentActor) {
		this.passwordLogin = passwordLogin;
		this.sessionLogin = sessionLogin;
		this.currentActor = currentActor;
	}

	@GetMapping
	String form(@ModelAttribute("login") LoginForm form) {
		return currentActor.get().map(actor -> "redirect:" + home(actor)).orElse("identity/login");
	}

	@PostMapping
	String logIn(@ModelAttribute("login") LoginForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response) {
		LoginResult result;
		try {
			result = passwordLogin.logIn(form.getUsername(), form.getPassword(), request.getRemoteAddr());
		}
		catch (TooManyAttemptsException ex) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()));
			return refused(form, errors, ex.messageCode(), ex.messageArgs());
		}
		catch (LoginRefusedException ex) {
			return refused(form, errors, ex.messageCode(), ex.messageArgs());
		}
		if (result instanceof LoginResult.SecondFactorRequired required) {
			sessionLogin.logIn(new SecondFactorPending(required.pending()), request, response);
			return "redirect:/login/second-factor";
		}
		Actor actor = ((LoginResult.LoggedIn) result).actor();
		sessionLogin.logIn(new ActorAuthentication(actor, LogInMethod.PASSWORD), request, response);
		return "redirect:" + target(request, response).orElse(home(actor));
	}

	/** The page again with the message, the name kept, the password not. */
	private static String refused(LoginForm form, BindingResult errors, String code, Object[] args) {
		form.setPassword(null);
		errors.rejectValue("username", code, args, null);
		return "identity/login";
	}

	/** The page an anonymous visitor asked for before being sent here. */
	private Optional<String> target(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = requestCache.getRequest(request, response);
		requestCache.removeRequest(request, response);
		return Optional.ofNullable(saved).map(SavedRequest::getRedirectUrl);
	}

	static String home(Actor actor) {
		return actor.isStaff() ? "/staff" : "/my";
	}

}
