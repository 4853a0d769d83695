package org.tongban.shared.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;

/**
 * The one place where the services' refusals become HTTP: the status of each kind, and
 * the headers that the status calls for. Used by the error handling and by the pages that
 * answer a refusal on the form itself.
 */
public final class RefusalStatus {

	private RefusalStatus() {
	}

	public static HttpStatus of(Refusal refusal) {
		return switch (refusal) {
			case MALFORMED -> HttpStatus.BAD_REQUEST;
			case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case CONFLICT -> HttpStatus.CONFLICT;
			case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
			case TOO_MANY -> HttpStatus.TOO_MANY_REQUESTS;
			case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
		};
	}

	/**
	 * Sets the refusal's status, when to try again ({@code Retry-After}) and, for a
	 * refused log-in, how to authenticate (RFC 9110 §15.5.2) unless the security layer
	 * has already said more.
	 */
	public static void write(RefusedException refused, HttpServletResponse response) {
		response.setStatus(of(refused.refusal()).value());
		refused.retryAfter()
			.ifPresent(wait -> response.setHeader(HttpHeaders.RETRY_AFTER,
					String.valueOf(RateLimit.retryAfterSeconds(wait))));
		if (refused.refusal() == Refusal.UNAUTHENTICATED && !response.containsHeader(HttpHeaders.WWW_AUTHENTICATE)) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		}
	}

}
