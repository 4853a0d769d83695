package org.tongban.notification.delivery;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the {@link HttpSmsGateway} posts, from the configuration or the environment:
 * <pre>
 * tongban.sms.gateway.url=https://sms.example.gov.cn/v1/messages      TONGBAN_SMS_GATEWAY_URL
 * tongban.sms.gateway.api-key=...      (sent as a bearer token)        TONGBAN_SMS_GATEWAY_APIKEY
 * tongban.sms.gateway.connect-timeout=5s                               TONGBAN_SMS_GATEWAY_CONNECTTIMEOUT
 * tongban.sms.gateway.read-timeout=10s                                 TONGBAN_SMS_GATEWAY_READTIMEOUT
 * </pre> Without a URL no SMS leaves the platform, which the {@code prod} profile does
 * not accept.
 */
@ConfigurationProperties(prefix = "tongban.sms.gateway")
record SmsGatewayProperties(URI url, String apiKey, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("10s") Duration readTimeout) {

	SmsGatewayProperties {
		if (url != null && url.toString().isBlank()) {
			url = null;
		}
		if (url != null && !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))) {
			throw new IllegalStateException("tongban.sms.gateway.url must be an absolute http or https address");
		}
		if (apiKey != null && apiKey.isBlank()) {
			apiKey = null;
		}
	}

	boolean configured() {
		return url != null;
	}

	/**
	 * Shows the gateway's host and whether there is an API key, never the key or
	 * credentials in the URL.
	 */
	@Override
	public String toString() {
		return "SmsGatewayProperties[host=" + (url == null ? "none" : url.getHost()) + ", apiKey="
				+ (apiKey == null ? "none" : "(set)") + ", connectTimeout=" + connectTimeout + ", readTimeout="
				+ readTimeout + "]";
	}

}
