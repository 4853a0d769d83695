package org.tongban.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tongban.notification.delivery.Email;
import org.tongban.notification.delivery.Sms;
import org.tongban.shared.identifiers.MobileNumber;
import org.tongban.support.MessageBundles;

/**
 * SMS and e-mails are written from the templates of the bundle in the recipient's
 * language (R6.2): every SMS begins with the signature the carriers require, every e-mail
 * ends with the platform's footer, and a failure of the gateway reaches the caller.
 */
class NotificationsTests {

	static final MobileNumber PHONE = MobileNumber.parse("13800138000");

	static final EmailAddress ADDRESS = EmailAddress.parse("zhang.wei@example.com");

	static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

	final List<Sms> sms = new ArrayList<>();

	final List<Email> emails = new ArrayList<>();

	final Notifications notifications = new Notifications(bundle(), sms::add, emails::add, null);

	@Test
	void aLogInCodeInChineseBeginsWithTheSignature() {
		notifications.sms(PHONE, SmsMessage.loginCode("012345", FIVE_MINUTES), Locale.SIMPLIFIED_CHINESE);

		assertThat(sms).singleElement().satisfies(message -> {
			assertThat(message.to()).isEqualTo(PHONE);
			assertThat(message.text()).isEqualTo("【D市政务服务网】您的登录验证码为012345，5分钟内有效。请勿泄露给他人。");
			assertThat(message.id()).isNotNull();
		});
	}

	@Test
	@DisplayName("Issue 13 item 8: a date in an SMS reads as on the pages, in the recipient's language")
	void aDateReadsAsOnThePages() {
		SmsMessage authorized = SmsMessage.of("notification.sms.enterprise.authorized", "王芳", "李强", "味之源公司",
				LocalDate.of(2027, 6, 30));

		notifications.sms(PHONE, authorized, Locale.SIMPLIFIED_CHINESE);
		notifications.sms(PHONE, authorized, Locale.ENGLISH);

		assertThat(sms).extracting(Sms::text)
			.satisfiesExactly(chinese -> assertThat(chinese).contains("有效期至2027年6月30日。"),
					english -> assertThat(english).contains("until 30 June 2027.").doesNotContain("2027-06-30"));
	}

	@Test
	void aLogInCodeInEnglishKeepsTheRegisteredSignature() {
		notifications.sms(PHONE, SmsMessage.loginCode("012345", FIVE_MINUTES), Locale.ENGLISH);
		notifications.sms(PHONE, SmsMessage.loginCode("678901", Duration.ofMinutes(1)), Locale.UK);

		assertThat(sms).extracting(Sms::text)
			.containsExactly(
					"【D市政务服务网】Your sign-in code is 012345. It is valid for 5 minutes. Do not share it with anyone.",
					"【D市政务服务网】Your sign-in code is 678901. It is valid for 1 minute. Do not share it with anyone.");
	}

	@Test
	void everyCodeTemplateIsWrittenInBothLanguages() {
		List<Function<String, SmsMessage>> codes = List.of(code -> SmsMessage.registrationCode(code, FIVE_MINUTES),
				code -> SmsMessage.loginCode(code, FIVE_MINUTES),
				code -> SmsMessage.secondFactorCode(code, FIVE_MINUTES));
		for (Function<String, SmsMessage> code : codes) {
			notifications.sms(PHONE, code.apply("482913"), Locale.SIMPLIFIED_CHINESE);
			notifications.sms(PHONE, code.apply("482913"), Locale.ENGLISH);
		}

		assertThat(sms).extracting(Sms::text).doesNotHaveDuplicates().allSatisfy(text -> {
			assertThat(text).startsWith("【D市政务服务网】").contains("482913");
			assertThat(text).containsAnyOf("5分钟内有效", "valid for 5 minutes");
		});
	}

	@Test
	void aLanguageThePlatformDoesNotSpeakGetsChinese() {
		notifications.sms(PHONE, SmsMessage.registrationCode("482913", FIVE_MINUTES), Locale.FRENCH);

		assertThat(sms).singleElement()
			.extracting(Sms::text)
			.isEqualTo("【D市政务服务网】您正在注册D市政务服务网账号，验证码为482913，5分钟内有效。请勿泄露给他人。");
	}

	@Test
	void anEmailHasItsSubjectAndBodyInTheRecipientsLanguageAndTheFooter() {
		notifications.email(ADDRESS, EmailMessage.accountRegistered("张伟"), Locale.SIMPLIFIED_CHINESE);
		notifications.email(ADDRESS, EmailMessage.accountRegistered("Zhang Wei"), Locale.ENGLISH);

		assertThat(emails).hasSize(2);
		assertThat(emails.get(0).to()).isEqualTo(ADDRESS);
		assertThat(emails.get(0).subject()).isEqualTo("您已成功注册D市政务服务网账号");
		assertThat(emails.get(0).body()).startsWith("张伟，您好：\n\n您已成功注册")
			.endsWith("\n\nD市政务服务网\n本邮件由系统自动发送，请勿直接回复。如有疑问，请拨打政务服务便民热线 12345。");
		assertThat(emails.get(1).subject()).isEqualTo("Your account with D City Government Services is ready");
		assertThat(emails.get(1).body()).startsWith("Dear Zhang Wei,\n\nYou have registered")
			.contains("\n\nD City Government Services\nThis e-mail was sent automatically");
	}

	@Test
	void aFailureOfTheGatewayReachesTheCaller() {
		var failing = new Notifications(bundle(), message -> {
			throw new NotificationFailedException("gateway down");
		}, emails::add, null);

		assertThatExceptionOfType(NotificationFailedException.class)
			.isThrownBy(() -> failing.sms(PHONE, SmsMessage.loginCode("012345", FIVE_MINUTES), Locale.ENGLISH))
			.withMessage("gateway down");
	}

	@ParameterizedTest
	@ValueSource(strings = { "notification.email.accountRegistered", "sms.loginCode" })
	void anSmsIsWrittenFromAnSmsTemplateOnly(String template) {
		assertThatIllegalArgumentException().isThrownBy(() -> SmsMessage.of(template, "012345"));
	}

	@Test
	void anEmailIsWrittenFromAnEmailTemplateOnly() {
		assertThatIllegalArgumentException().isThrownBy(() -> EmailMessage.of("notification.sms.loginCode", "张伟"));
	}

	@Test
	void aCodeIsValidForAtLeastAMinute() {
		assertThatIllegalArgumentException().isThrownBy(() -> SmsMessage.loginCode("012345", Duration.ofSeconds(30)));
	}

	static ResourceBundleMessageSource bundle() {
		return MessageBundles.of("i18n/notification", "i18n/shared");
	}

}
