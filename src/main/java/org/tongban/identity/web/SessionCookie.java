package org.tongban.identity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie (R1.4): sent over TLS only (browsers treat http://localhost as secure, so the demo works), out of
 * reach of scripts, and not sent with cross-site posts. Declared here rather than through server.servlet.session.cookie
 * so that it is the same however the platform is deployed.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookie {

	static final String NAME = "TONGBAN_SESSION";

	@Bean
	CookieSerializer sessionCookieSerializer() {
		var cookie = new DefaultCookieSerializer();
		cookie.setCookieName(NAME);
		cookie.setUseSecureCookie(true);
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		return cookie;
	}

}
