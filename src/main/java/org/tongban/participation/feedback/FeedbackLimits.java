package org.tongban.participation.feedback;

import java.time.Clock;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tongban.shared.web.RateLimit;

/**
 * Limits per client address the filing of feedback, which needs no log-in, and its
 * follow-up by number and query code, which would otherwise let a program try codes
 * (R12.4). The pages and Open311 share each allowance. Over the limit: 429 with
 * {@code Retry-After}, as the public query answers.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackLimits implements WebMvcConfigurer {

	private final FeedbackProperties properties;

	private final Clock clock;

	FeedbackLimits(FeedbackProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		Predicate<HttpServletRequest> posted = request -> "POST".equals(request.getMethod());
		registry
			.addInterceptor(new RateLimit(properties.filingsPerMinute(), clock)
				.perClientAddress("feedback.tooManyFilings", posted))
			.addPathPatterns(FeedbackPages.CHECK, "/open311/v2/requests.*");
		registry
			.addInterceptor(new RateLimit(properties.followsPerMinute(), clock)
				.perClientAddress("feedback.tooManyLookUps", posted))
			.addPathPatterns(FeedbackPages.FOLLOW, FeedbackPages.FOLLOW + "/verdict");
	}

}
