package org.tongban.shared.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every redirect within the platform is sent as a path ({@code Location: /login}), never
 * as an absolute address built from the request: its host comes from the {@code Host} (or
 * {@code X-Forwarded-Host}) header, which the client writes, so a forged one would
 * otherwise be echoed into log-in redirects, saved requests and post-redirect-get answers
 * (and from there into caches). A location whose scheme, host and port are the request's
 * own loses them; redirects elsewhere are left alone. The servlet container keeps
 * relative locations as they are ({@code server.tomcat.use-relative-redirects}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
class RelativeRedirects extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new HttpServletResponseWrapper(response) {

			@Override
			public void sendRedirect(String location) throws IOException {
				super.sendRedirect(relative(request, location));
			}

			@Override
			public void sendRedirect(String location, int status) throws IOException {
				super.sendRedirect(relative(request, location), status);
			}

			@Override
			public void sendRedirect(String location, boolean clearBuffer) throws IOException {
				super.sendRedirect(relative(request, location), clearBuffer);
			}

			@Override
			public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
				super.sendRedirect(relative(request, location), status, clearBuffer);
			}

			@Override
			public void setHeader(String name, String value) {
				super.setHeader(name, isLocation(name) ? relative(request, value) : value);
			}

			@Override
			public void addHeader(String name, String value) {
				super.addHeader(name, isLocation(name) ? relative(request, value) : value);
			}

		});
	}

	private static boolean isLocation(String header) {
		return HttpHeaders.LOCATION.equalsIgnoreCase(header);
	}

	/** The location without the request's own scheme, host and port. */
	static String relative(HttpServletRequest request, String location) {
		if (location == null) {
			return null;
		}
		URI uri;
		try {
			uri = new URI(location);
		}
		catch (URISyntaxException ex) {
			return location;
		}
		if (!uri.isAbsolute() || uri.getHost() == null || !uri.getScheme().equalsIgnoreCase(request.getScheme())
				|| !uri.getHost().equalsIgnoreCase(request.getServerName()) || port(uri) != request.getServerPort()) {
			return location;
		}
		// One leading slash: "//host/..." would be an address on another host.
		String path = "/" + (uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/+", ""));
		return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
				+ (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) ? 443 : 80;
	}

}
