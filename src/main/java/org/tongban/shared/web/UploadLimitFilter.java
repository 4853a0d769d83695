package org.tongban.shared.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers an upload larger than the multipart limit with 413 and the reason, before
 * anything reads it. Beyond that limit the servlet container cannot parse the form at
 * all, and its first reader, the CSRF check of the pages, would fail with a server error.
 * Files within the limit reach the storage, which says why it refuses one next to the
 * material it was for (R3.3).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UploadLimitFilter extends OncePerRequestFilter {

	private final long maxRequestSize;

	private final FilterAnswers answers;

	UploadLimitFilter(MultipartProperties multipart, FilterAnswers answers) {
		this.maxRequestSize = multipart.getMaxRequestSize().toBytes();
		this.answers = answers;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isMultipart(request) && !withinLimit(request)) {
			response.setHeader("Connection", "close");
			answers.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "error.tooLarge");
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Whether the form can be read: its declared length, or for a chunked one whether the
	 * container parses it.
	 */
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

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

}
