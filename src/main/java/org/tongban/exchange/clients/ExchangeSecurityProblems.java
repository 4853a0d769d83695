package org.tongban.exchange.clients;

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
 * The exchange API's answers to a request without a valid access token (401,
 * {@code WWW-Authenticate: Bearer}, RFC 6750) and to a token without the exchange scope
 * (403): problem details like every other failure of the API.
 */
@Component
class ExchangeSecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final HandlerExceptionResolver errorHandling;

	private final LocaleResolver locales;

	/** Lazy: the MVC infrastructure is built after the security filters that need it. */
	ExchangeSecurityProblems(@Lazy @Qualifier("handlerExceptionResolver") HandlerExceptionResolver errorHandling,
			LocaleResolver locales) {
		this.errorHandling = errorHandling;
		this.locales = locales;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		boolean presented = authorization != null && !authorization.isBlank();
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, presented ? "Bearer error=\"invalid_token\"" : "Bearer");
		answer(request, response, new RefusedException(Refusal.UNAUTHENTICATED,
				presented ? "exchange.api.invalidToken" : "exchange.api.unauthenticated"));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
		answer(request, response, new RefusedException(Refusal.FORBIDDEN, "exchange.api.forbidden"));
	}

	private void answer(HttpServletRequest request, HttpServletResponse response, RefusedException refusal) {
		LocaleContextHolder.setLocale(locales.resolveLocale(request));
		errorHandling.resolveException(request, response, null, refusal);
	}

}
