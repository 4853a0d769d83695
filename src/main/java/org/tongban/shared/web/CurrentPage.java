package org.tongban.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * Links to the page being shown, for the layout and the pages ({@code @currentPage} in
 * templates): the same page in the other language or at another page of results. Every
 * other parameter of the query string is kept, so that switching language or paging never
 * loses the reader's search (R13.3). Only the query string is used, never posted form
 * fields, which must not end up in a link.
 */
@Component("currentPage")
class CurrentPage {

	private final HttpServletRequest request;

	/** The request is Spring's proxy to the request being handled. */
	CurrentPage(HttpServletRequest request) {
		this.request = request;
	}

	/**
	 * This page with one query parameter set to a value, as a path below the context
	 * path.
	 */
	public String with(String name, Object value) {
		var query = new StringJoiner("&");
		String current = request.getQueryString();
		if (current != null) {
			for (String pair : current.split("&")) {
				if (!pair.isEmpty() && !pair.equals(name) && !pair.startsWith(name + "=")) {
					query.add(pair);
				}
			}
		}
		query.add(name + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
		return path() + "?" + query;
	}

	/**
	 * The {@code aria-current} value of a navigation item: {@code page} on the item's own
	 * page, {@code true} on the pages below it, none elsewhere.
	 */
	public String navigationState(String section) {
		String path = path();
		if (path.equals(section)) {
			return "page";
		}
		return !"/".equals(section) && path.startsWith(section + "/") ? "true" : null;
	}

	private String path() {
		// An error page rendered by the container shows the address that failed, not
		// /error.
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = failed != null ? failed.toString() : request.getRequestURI();
		// Leading slashes are collapsed so that a crafted address never turns into a link
		// to another host.
		return "/" + uri.substring(request.getContextPath().length()).replaceFirst("^/+", "");
	}

}
