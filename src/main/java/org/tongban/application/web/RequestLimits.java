package org.tongban.application.web;

import java.time.Clock;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tongban.shared.web.RateLimit;

/**
 * Limits per client address what anybody can repeat cheaply and the platform pays for
 * (R12.4): the public query, which would otherwise let a program try query codes, and
 * submission. Over the limit, 429 with {@code Retry-After} and a message in the reader's
 * language: a problem detail for the API, the error page otherwise. The pages and the API
 * share one allowance. The client address is the request's remote address, which the
 * server takes from {@code X-Forwarded-For} behind the proxy
 * ({@code server.forward-headers-strategy}), as for log-in.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestLimits.Properties.class)
class RequestLimits implements WebMvcConfigurer {

	private final Properties properties;

	private final Clock clock;

	RequestLimits(Properties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Under {@code tongban.application.*}, on each node.
	 *
	 * @param queryPerMinute public status queries one client address may make in a minute
	 * @param submissionsPerMinute submissions one client address may make in a minute
	 */
	@ConfigurationProperties("tongban.application")
	record Properties(@DefaultValue("30") int queryPerMinute, @DefaultValue("10") int submissionsPerMinute) {
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// A query carries a number (the page's form posts it, the API takes it in the
		// address); the page's empty form
		// costs nothing and reveals nothing.
		registry
			.addInterceptor(new RateLimit(properties.queryPerMinute(), clock)
				.perClientAddress("application.tooManyQueries", request -> request.getParameter("number") != null))
			.addPathPatterns("/query", "/api/v1/query", "/api/v1/query/bundle");
		registry
			.addInterceptor(new RateLimit(properties.submissionsPerMinute(), clock)
				.perClientAddress("application.tooManySubmissions", request -> "POST".equals(request.getMethod())))
			.addPathPatterns("/api/v1/drafts/*/submit", "/apply/drafts/*/submit");
	}

}
