package org.tongban.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;

/**
 * An API's answers to a request without a valid bearer token (401,
 * {@code WWW-Authenticate: Bearer}, RFC 6750) and to one that may not do what it asks
 * (403): problem details like every other failure of the API, made by the platform's
 * error handling, in the language the API speaks. Each API with tokens of its own (the
 * platform's, the data exchange's) names its messages: {@code <messages>.invalidToken},
 * {@code .unauthenticated} and {@code .forbidden}.
 */
public abstract class BearerProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final HandlerExceptionResolver errorHandling;

	private final LocaleResolver locales;

	private final String messages;

	/**
	 * @param errorHandling the MVC error handling, injected lazily: it is built after the
	 * security filters that need it
	 */
	protected BearerProblems(HandlerExceptionResolver errorHandling, LocaleResolver locales, String messages) {
		this.errorHandling = errorHandling;
		this.locales = locales;
		this.messages = messages;
	}

	/** Whether the request presented a token at all, valid or not. */
	protected abstract boolean presentsToken(HttpServletRequest request);

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) {
		boolean presented = presentsToken(request);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, presented ? "Bearer error=\"invalid_token\"" : "Bearer");
		answer(request, response, new RefusedException(Refusal.UNAUTHENTICATED,
				messages + (presented ? ".invalidToken" : ".unauthenticated")));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
		answer(request, response, new RefusedException(Refusal.FORBIDDEN, messages + ".forbidden"));
	}

	private void answer(HttpServletRequest request, HttpServletResponse response, RefusedException refusal) {
		// Outside the DispatcherServlet nobody has resolved the locale the way the
		// platform does.
		LocaleContextHolder.setLocale(locales.resolveLocale(request));
		errorHandling.resolveException(request, response, null, refusal);
	}

}
