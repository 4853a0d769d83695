package org.tongban.shared.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Simplified Chinese unless the reader chooses English with {@code ?lang=en}; the choice
 * is kept in a cookie. Pages do not follow the browser's Accept-Language (a government
 * portal answers in Chinese first); the API and Open311 do, because their callers are
 * programs that say what they want.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("TONGBAN_LANG");
		resolver.setDefaultLocale(DEFAULT_LOCALE);
		resolver.setDefaultLocaleFunction(request -> {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			boolean api = path.startsWith("/api/") || path.startsWith("/open311/");
			Locale asked = request.getHeader("Accept-Language") == null ? null : request.getLocale();
			return api && asked != null && "en".equals(asked.getLanguage()) ? Locale.ENGLISH : DEFAULT_LOCALE;
		});
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var interceptor = new SupportedLocaleChangeInterceptor();
		interceptor.setParamName("lang");
		registry.addInterceptor(interceptor);
	}

	/**
	 * Accepts only the languages the platform speaks; anything else keeps the current
	 * language.
	 */
	static class SupportedLocaleChangeInterceptor extends LocaleChangeInterceptor {

		SupportedLocaleChangeInterceptor() {
			setIgnoreInvalidLocale(true);
		}

		@Override
		protected Locale parseLocaleValue(String localeValue) {
			return switch (localeValue == null ? "" : localeValue.trim().toLowerCase(Locale.ROOT)) {
				case "en", "en-gb", "en-us", "en_gb", "en_us" -> Locale.ENGLISH;
				case "zh", "zh-cn", "zh_cn", "zh-hans" -> DEFAULT_LOCALE;
				default -> null;
			};
		}

	}

}
