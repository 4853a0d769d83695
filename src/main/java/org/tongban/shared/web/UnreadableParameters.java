package org.tongban.shared.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;

/**
 * Parameters that cannot be decoded, such as invalid UTF-8 in a query string
 * ({@code ?q=%C3%28}), a broken {@code %}-escape or more parameters than the container
 * allows, are the client's mistake, answered 400 with the error page or problem details
 * of every other bad request. The servlet container throws an
 * {@link IllegalStateException} from whichever {@code getParameter} comes first, which
 * would otherwise be answered as a failure of ours (500, and a stack trace in the log).
 * So a filter reads the parameters before anything else does; if they cannot be read, the
 * request goes on without any (nothing else trips over them, not even the error page),
 * and Spring MVC refuses it before any handler runs.
 */
@Configuration(proxyBeanMethods = false)
class UnreadableParameters implements WebMvcConfigurer {

	private static final Logger log = LoggerFactory.getLogger(UnreadableParameters.class);

	private static final String UNREADABLE = UnreadableParameters.class.getName() + ".UNREADABLE";

	/**
	 * Right after the upload limit, which must see an oversized upload before its parts
	 * are read.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> unreadableParametersFilter() {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				try {
					request.getParameterMap();
				}
				catch (IllegalStateException unreadable) {
					log.debug("Unreadable parameters of {} {}: {}", request.getMethod(), request.getRequestURI(),
							unreadable.getMessage());
					request.setAttribute(UNREADABLE, Boolean.TRUE);
					chain.doFilter(new WithoutParameters(request), response);
					return;
				}
				chain.doFilter(request, response);
			}

		});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (request.getAttribute(UNREADABLE) != null) {
					throw new RefusedException(Refusal.MALFORMED, "error.parameters.unreadable");
				}
				return true;
			}

		}).order(Ordered.HIGHEST_PRECEDENCE);
	}

	/** The request as if it had no parameters. */
	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

	}

}
