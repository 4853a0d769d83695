package org.tongban.notification.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.tongban.notification.NotificationFailedException;

/**
 * How messages leave the platform outside the demo profile (whose development outbox
 * takes them instead). SMS go to the configured {@link HttpSmsGateway}. Production cannot
 * do without SMS, since applicants log in and register with SMS codes: the {@code prod}
 * profile does not start without a gateway. Any other profile starts and refuses each
 * SMS. E-mails go to the mail server of {@code spring.mail.host}
 * ({@link SmtpConfiguration}); without one they are logged as not sent, so that a missing
 * mail server never stops a use case that also informs by SMS and in-app message.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!demo")
@EnableConfigurationProperties(SmsGatewayProperties.class)
class DeliveryConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DeliveryConfiguration.class);

	private static final String SET_URL = "set tongban.sms.gateway.url (environment: TONGBAN_SMS_GATEWAY_URL)";

	@Bean
	SmsGateway smsGateway(SmsGatewayProperties properties, Environment environment) {
		if (properties.configured()) {
			return new HttpSmsGateway(properties);
		}
		if (environment.matchesProfiles("prod")) {
			throw new IllegalStateException("No SMS gateway is configured: " + SET_URL
					+ ". The prod profile needs one, because applicants log in and register with SMS codes.");
		}
		log.warn("No SMS gateway is configured: every SMS will fail; {}", SET_URL);
		return sms -> {
			throw new NotificationFailedException(
					"No SMS gateway is configured: message " + sms.id() + " to " + sms.to() + " is not sent");
		};
	}

	@Bean
	@ConditionalOnExpression("'${spring.mail.host:}'.isBlank()")
	MailGateway mailGateway() {
		log.warn("No mail server is configured: e-mails are not sent");
		return email -> log.warn("E-mail {} to {} is not sent: no mail server is configured", email.id(), email.to());
	}

}
