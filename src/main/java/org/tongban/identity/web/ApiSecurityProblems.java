package org.tongban.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;

/**
 * The API's answers to a request without a valid token (401,
 * {@code WWW-Authenticate: Bearer}, RFC 6750) and to one whose roles do not allow it
 * (403): problem details like every other failure of the API, made by the platform's
 * error handling, in the language the API speaks (Chinese unless the caller asks for
 * English).
 */
@Component
class ApiSecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final HandlerExceptionResolver errorHandling;

	private final LocaleResolver locales;

	/** Lazy: the MVC infrastructure is built after the security filters that need it. */
	ApiSecurityProblems(@Lazy @Qualifier("handlerExceptionResolver") HandlerExceptionResolver errorHandling,
			LocaleResolver locales) {
		this.errorHandling = errorHandling;
		this.locales = locales;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) {
		boolean presented = BearerToken.of(request).isPresent();
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, presented ? "Bearer error=\"invalid_token\"" : "Bearer");
		answer(request, response, new RefusedException(Refusal.UNAUTHENTICATED,
				presented ? "identity.api.invalidToken" : "identity.api.unauthenticated"));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
		answer(request, response, new RefusedException(Refusal.FORBIDDEN, "identity.api.forbidden"));
	}

	private void answer(HttpServletRequest request, HttpServletResponse response, RefusedException refusal) {
		// Outside the DispatcherServlet nobody has resolved the locale the way the
		// platform does.
		LocaleContextHolder.setLocale(locales.resolveLocale(request));
		errorHandling.resolveException(request, response, null, refusal);
	}

}
