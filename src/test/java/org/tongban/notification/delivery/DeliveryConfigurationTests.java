package org.tongban.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.tongban.notification.EmailAddress;
import org.tongban.notification.NotificationFailedException;
import org.tongban.shared.identifiers.MobileNumber;

/**
 * Outside the demo, SMS go to the configured gateway; production does not start without
 * one, because applicants log in and register with SMS codes, and says what to set.
 * E-mails go to the mail server whenever one is configured, in any profile; without one
 * the platform starts and leaves e-mails unsent (R6.2).
 */
class DeliveryConfigurationTests {

	static final Sms SMS = new Sms(UUID.randomUUID(), MobileNumber.parse("13800138000"), "【D市政务服务网】测试");

	final ApplicationContextRunner platform = new ApplicationContextRunner()
		.withUserConfiguration(DeliveryConfiguration.class);

	@Test
	void productionWithoutAGatewayDoesNotStartAndSaysWhatToSet() {
		platform.withPropertyValues("spring.profiles.active=prod")
			.run(context -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("No SMS gateway is configured")
				.hasMessageContaining("TONGBAN_SMS_GATEWAY_URL"));
	}

	@Test
	void productionWithAGatewaySendsThroughIt() {
		platform.withPropertyValues("spring.profiles.active=prod", "tongban.sms.gateway.url=https://sms.example.cn/v1")
			.run(context -> assertThat(context).getBean(SmsGateway.class).isInstanceOf(HttpSmsGateway.class));
	}

	@Test
	void anotherProfileWithoutAGatewayStartsAndRefusesEverySms() {
		platform.withPropertyValues("spring.profiles.active=postgres").run(context -> {
			assertThat(context).hasNotFailed();
			assertThatExceptionOfType(NotificationFailedException.class)
				.isThrownBy(() -> context.getBean(SmsGateway.class).send(SMS))
				.withMessageContaining("No SMS gateway is configured")
				.withMessageNotContaining("13800138000");
		});
	}

	@Test
	void aGatewayAddressThatIsNotHttpStopsTheStart() {
		platform.withPropertyValues("spring.profiles.active=prod", "tongban.sms.gateway.url=sms.example.cn/v1")
			.run(context -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("tongban.sms.gateway.url must be an absolute http or https address"));
	}

	@Test
	void withoutAMailServerEmailsAreLeftUnsentWithoutFailingTheSender() {
		platform.withPropertyValues("spring.profiles.active=prod", "tongban.sms.gateway.url=https://sms.example.cn/v1")
			.run(context -> assertThatCode(() -> context.getBean(MailGateway.class)
				.send(new Email(UUID.randomUUID(), EmailAddress.parse("zhang.wei@example.com"), "主题", "正文")))
				.doesNotThrowAnyException());
	}

	@Test
	void withAMailServerEmailsGoByItInAnyProfile() {
		for (String profile : List.of("prod", "demo")) {
			platform.withUserConfiguration(SmtpConfiguration.class)
				.withBean(JavaMailSenderImpl.class)
				.withPropertyValues("spring.profiles.active=" + profile,
						"tongban.sms.gateway.url=https://sms.example.cn/v1", "spring.mail.host=smtp.example.cn")
				.run(context -> assertThat(context).getBean(MailGateway.class).isInstanceOf(SmtpMailGateway.class));
		}
	}

	@Test
	void theDemoKeepsItsMessagesInTheDevelopmentOutboxInstead() {
		platform.withPropertyValues("spring.profiles.active=demo")
			.run(context -> assertThat(context).doesNotHaveBean(SmsGateway.class).doesNotHaveBean(MailGateway.class));
	}

	@Test
	void theApiKeyIsNeverPrinted() {
		platform
			.withPropertyValues("tongban.sms.gateway.url=https://sms.example.cn/v1",
					"tongban.sms.gateway.api-key=secret-key")
			.run(context -> assertThat(context.getBean(SmsGatewayProperties.class).toString())
				.contains("sms.example.cn")
				.doesNotContain("secret-key"));
	}

}
