package org.tongban.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers an upload larger than the multipart limit with 413 and the reason, before anything reads it. Beyond that
 * limit the servlet container cannot parse the form at all, and its first reader, the CSRF check of the pages,
 * would fail with a server error. Files within the limit reach the storage, which says why it refuses one next to
 * the material it was for (R3.3).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UploadLimitFilter extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final long maxRequestSize;

	private final MessageSource messages;

	private final LocaleResolver locales;

	UploadLimitFilter(MultipartProperties multipart, MessageSource messages, LocaleResolver locales) {
		this.maxRequestSize = multipart.getMaxRequestSize().toBytes();
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isMultipart(request) && !withinLimit(request)) {
			tooLarge(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	/** Whether the form can be read: its declared length, or for a chunked one whether the container parses it. */
	private boolean withinLimit(HttpServletRequest request) throws IOException, ServletException {
		if (request.getContentLengthLong() > maxRequestSize) {
			return false;
		}
		try {
			request.getParts();
			return true;
		}
		catch (IllegalStateException ex) {
			// The servlet API's way of saying that a size limit was exceeded.
			return false;
		}
	}

	private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Locale locale = locales.resolveLocale(request);
		String message = messages.getMessage("error.tooLarge", null, locale);
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Connection", "close");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			var problem = new LinkedHashMap<String, Object>();
			problem.put("type", "about:blank");
			problem.put("title", messages.getMessage("error.status.413", null, "Content Too Large", locale));
			problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
			problem.put("detail", message);
			problem.put("instance", request.getRequestURI());
			response.getWriter().write(JSON.writeValueAsString(problem));
			return;
		}
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"utf-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
					+ "<link rel=\"stylesheet\" href=\"/css/tongban.css\"><title>413</title></head><body><main class=\"main\">"
					+ "<h1 class=\"heading-l\">" + HtmlUtils.htmlEscape(messages.getMessage("error.status.413", null,
							"Content Too Large", locale))
					+ "</h1><p class=\"lead\">" + HtmlUtils.htmlEscape(message) + "</p></main></body></html>");
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

}
