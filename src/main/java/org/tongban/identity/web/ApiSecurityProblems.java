package org.tongban.identity.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.tongban.shared.web.BearerProblems;

/**
 * The API's answers to a request without a valid token and to one whose roles do not
 * allow it, in the language the API speaks (Chinese unless the caller asks for English).
 */
@Component
class ApiSecurityProblems extends BearerProblems {

	ApiSecurityProblems(@Lazy @Qualifier("handlerExceptionResolver") HandlerExceptionResolver errorHandling,
			LocaleResolver locales) {
		super(errorHandling, locales, "identity.api");
	}

	@Override
	protected boolean presentsToken(HttpServletRequest request) {
		return BearerToken.of(request).isPresent();
	}

}
