package org.tongban.notification.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.tongban.notification.NotificationFailedException;

/**
 * Hands SMS to the city's SMS gateway over HTTP (R6.2), in a generic JSON shape that an
 * SMS provider's API, or a small relay in front of it, can take: <pre>
 * POST {tongban.sms.gateway.url}
 * Content-Type: application/json
 * Authorization: Bearer {tongban.sms.gateway.api-key}      (only when a key is configured)
 *
 * {"id": "0b7c6f0e-…", "phone": "13800138000", "text": "【D市政务服务网】您的登录验证码为…"}
 * </pre> {@code id} is unique per message and the same on a retry, so that the gateway
 * can drop a duplicate; {@code phone} is the mainland number's eleven digits;
 * {@code text} begins with the signature (签名) registered with the carriers. Any 2xx
 * answer means the gateway has accepted the message; its body is not read. Any other
 * answer, or none within the timeouts, is a {@link NotificationFailedException}.
 */
class HttpSmsGateway implements SmsGateway {

	private final URI url;

	private final RestClient client;

	HttpSmsGateway(SmsGatewayProperties properties) {
		var requestFactory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build());
		requestFactory.setReadTimeout(properties.readTimeout());
		RestClient.Builder client = RestClient.builder().requestFactory(requestFactory);
		if (properties.apiKey() != null) {
			client.defaultHeaders(headers -> headers.setBearerAuth(properties.apiKey()));
		}
		this.url = properties.url();
		this.client = client.build();
	}

	@Override
	public void send(Sms sms) {
		try {
			client.post()
				.uri(url)
				.contentType(MediaType.APPLICATION_JSON)
				.body(new Request(sms.id(), sms.to().value(), sms.text()))
				.retrieve()
				.toBodilessEntity();
		}
		catch (RestClientResponseException ex) {
			throw new NotificationFailedException("The SMS gateway refused message " + sms.id() + " to " + sms.to()
					+ " with HTTP " + ex.getStatusCode().value(), ex);
		}
		catch (RestClientException ex) {
			throw new NotificationFailedException("The SMS gateway did not take message " + sms.id() + " to " + sms.to()
					+ ": " + ex.getMostSpecificCause(), ex);
		}
	}

	/** The body of the request, as documented above. */
	record Request(UUID id, String phone, String text) {
	}

}
