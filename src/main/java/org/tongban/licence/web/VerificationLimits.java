package org.tongban.licence.web;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tongban.licence.internal.LicenceProperties;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.web.RateLimit;

/**
 * Limits the public verification per client address against the enumeration of licence
 * ids (R6.3, R12.4): the page of an id, the API and the upload share one allowance of
 * {@code tongban.licence.verifications-per-minute}; beyond it, 429 with
 * {@code Retry-After} and a message in the reader's language. The empty upload form costs
 * nothing and reveals nothing.
 */
@Configuration(proxyBeanMethods = false)
class VerificationLimits implements WebMvcConfigurer, HandlerInterceptor {

	private final RateLimit limit;

	VerificationLimits(LicenceProperties properties, Clock clock) {
		this.limit = new RateLimit(properties.verificationsPerMinute(), clock);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/verify", "/verify/*", "/api/v1/licences/*/verification");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!request.getRequestURI().endsWith("/verify") || "POST".equals(request.getMethod())) {
			limit.take(request.getRemoteAddr()).ifPresent(wait -> {
				long seconds = RateLimit.retryAfterSeconds(wait);
				throw new RefusedException(Refusal.TOO_MANY, Duration.ofSeconds(seconds), "licence.tooManyChecks",
						seconds);
			});
		}
		return true;
	}

}
