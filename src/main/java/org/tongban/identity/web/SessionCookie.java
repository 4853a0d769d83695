package org.tongban.identity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie (R1.4): sent over TLS only (browsers treat http://localhost as
 * secure, so the demo works), out of reach of scripts, and not sent with cross-site
 * posts. Its {@code __Host-} prefix makes the browser refuse it unless it is Secure, for
 * the path {@code /} and without a Domain, so that no other host (a sibling subdomain, a
 * page over plain http) can set or overwrite it. Declared here rather than through
 * server.servlet.session.cookie so that it is the same however the platform is deployed;
 * the platform is therefore served at the root of its host.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookie {

	static final String NAME = "__Host-TONGBAN_SESSION";

	@Bean
	CookieSerializer sessionCookieSerializer() {
		var cookie = new DefaultCookieSerializer();
		cookie.setCookieName(NAME);
		cookie.setUseSecureCookie(true);
		cookie.setCookiePath("/");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		return cookie;
	}

}
