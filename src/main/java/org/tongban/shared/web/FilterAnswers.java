package org.tongban.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * The answer of a servlet filter that stops a request before Spring MVC sees it, in the
 * shapes {@link WebErrorHandling} gives: problem+json for the API, a plain page
 * otherwise. A plain page because the site's layout needs what the filter may be
 * answering for the lack of (the database, the session).
 */
@Component
class FilterAnswers {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	private final LocaleResolver locales;

	FilterAnswers(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageCode,
			Object... messageArgs) throws IOException {
		Locale locale = locales.resolveLocale(request);
		String title = messages.getMessage("error.status." + status.value(), null, status.getReasonPhrase(), locale);
		String detail = messages.getMessage(messageCode, messageArgs, locale);
		String requestId = MDC.get(RequestIdFilter.MDC_KEY);
		response.setStatus(status.value());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			var problem = new LinkedHashMap<String, Object>();
			problem.put("type", "about:blank");
			problem.put("title", title);
			problem.put("status", status.value());
			problem.put("detail", detail);
			problem.put("instance", request.getRequestURI());
			if (requestId != null) {
				problem.put("requestId", requestId);
			}
			response.getWriter().write(JSON.writeValueAsString(problem));
			return;
		}
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"utf-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
					+ "<link rel=\"stylesheet\" href=\"/css/tongban.css\"><title>" + status.value()
					+ "</title></head><body><main class=\"main\"><h1 class=\"heading-l\">" + HtmlUtils.htmlEscape(title)
					+ "</h1><p class=\"lead\">" + HtmlUtils.htmlEscape(detail) + "</p>"
					+ (requestId == null ? ""
							: "<p class=\"hint\">" + HtmlUtils.htmlEscape(
									messages.getMessage("error.page.requestId", new Object[] { requestId }, locale))
									+ "</p>")
					+ "</main></body></html>");
	}

}
