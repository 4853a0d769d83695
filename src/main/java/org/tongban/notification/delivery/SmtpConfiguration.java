package org.tongban.notification.delivery;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * E-mails go to a real mail server whenever one is configured ({@code spring.mail.host}),
 * in any profile: this gateway then takes precedence over the development outbox of the
 * demo and over the log of unsent e-mails.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
@EnableConfigurationProperties(SmtpProperties.class)
class SmtpConfiguration {

	@Bean
	@Primary
	MailGateway smtpMailGateway(JavaMailSender sender, SmtpProperties properties) {
		return new SmtpMailGateway(sender, properties);
	}

}
