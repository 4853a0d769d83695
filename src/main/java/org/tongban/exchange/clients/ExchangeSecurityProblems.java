package org.tongban.exchange.clients;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.tongban.shared.web.BearerProblems;

/**
 * The exchange API's answers to a request without a valid access token and to a token
 * without the exchange scope.
 */
@Component
class ExchangeSecurityProblems extends BearerProblems {

	ExchangeSecurityProblems(@Lazy @Qualifier("handlerExceptionResolver") HandlerExceptionResolver errorHandling,
			LocaleResolver locales) {
		super(errorHandling, locales, "exchange.api");
	}

	@Override
	protected boolean presentsToken(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && !authorization.isBlank();
	}

}
