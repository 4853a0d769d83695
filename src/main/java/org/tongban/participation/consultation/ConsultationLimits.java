package org.tongban.participation.consultation;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.web.RateLimit;

/**
 * Limits the questions one client address may ask a minute (R12.4): anybody may ask
 * without logging in, and each question is work for a department. The follow page is
 * limited too, so that a program cannot try query codes. Over the limit, 429 with
 * {@code Retry-After}.
 */
@Configuration(proxyBeanMethods = false)
class ConsultationLimits implements WebMvcConfigurer {

	private final RateLimit questions;

	private final RateLimit follows;

	ConsultationLimits(ConsultationProperties properties, Clock clock) {
		this.questions = new RateLimit(properties.questionsPerMinute(), clock);
		this.follows = new RateLimit(30, clock);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new Limit(questions)).addPathPatterns("/matters/*/ask", "/api/v1/matters/*/questions");
		registry.addInterceptor(new Limit(follows)).addPathPatterns("/questions");
	}

	private record Limit(RateLimit limit) implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if ("POST".equals(request.getMethod())) {
				limit.take(request.getRemoteAddr()).ifPresent(wait -> {
					long seconds = RateLimit.retryAfterSeconds(wait);
					throw new RefusedException(Refusal.TOO_MANY, Duration.ofSeconds(seconds),
							"consultation.tooManyQuestions", seconds);
				});
			}
			return true;
		}

	}

}
