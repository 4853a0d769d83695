package org.tongban.identity.login;

import static org.tongban.shared.persistence.DatabaseTime.column;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.identity.AccountKind;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.identity.accounts.Credentials;
import org.tongban.identity.login.ThrottleLog.Limit;
import org.tongban.notification.Notifications;
import org.tongban.notification.SmsMessage;
import org.tongban.shared.crypto.BlindIndex;
import org.tongban.shared.identifiers.MobileNumber;

/**
 * SMS one-time codes (R1.3, R1.4, R12.4): six random digits, valid for
 * {@value #VALID_MINUTES} minutes, used once, at most {@value #MAX_ATTEMPTS} guesses
 * each; a new code replaces the one before. A number gets at most one code a minute and
 * {@value #PER_PHONE_PER_DAY} a day, a client address {@value #PER_ADDRESS_PER_HOUR} an
 * hour.
 * <p>
 * Whoever asks learns nothing about accounts: a log-in code goes only to the mobile of an
 * applicant's account, but the limits count and the caller's answer is the same for every
 * number. The database keeps a keyed hash of the number, purpose and code, never the
 * code, so a copy of the table opens no account.
 */
@Service
@Transactional
public class SmsCodes {

	static final int VALID_MINUTES = 5;

	static final int MAX_ATTEMPTS = 5;

	static final int PER_PHONE_PER_DAY = 10;

	static final int PER_ADDRESS_PER_HOUR = 20;

	private static final Duration VALIDITY = Duration.ofMinutes(VALID_MINUTES);

	private static final Limit[] PER_PHONE = { new Limit(1, Duration.ofMinutes(1)),
			new Limit(PER_PHONE_PER_DAY, Duration.ofDays(1)) };

	private static final Limit PER_ADDRESS = new Limit(PER_ADDRESS_PER_HOUR, Duration.ofHours(1));

	private static final String TOO_MANY = "identity.sms.tooMany";

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final BlindIndex index;

	private final ThrottleLog throttle;

	private final AccountDirectory directory;

	private final Credentials credentials;

	private final Notifications notifications;

	private final Clock clock;

	SmsCodes(JdbcClient jdbc, BlindIndex index, ThrottleLog throttle, AccountDirectory directory,
			Credentials credentials, Notifications notifications, Clock clock) {
		this.jdbc = jdbc;
		this.index = index;
		this.throttle = throttle;
		this.directory = directory;
		this.credentials = credentials;
		this.notifications = notifications;
		this.clock = clock;
	}

	/**
	 * Sends a new code to the number, unless it is a log-in code for a number without an
	 * applicant's account.
	 * @throws TooManyAttemptsException when the address or the number has asked too often
	 */
	public void send(MobileNumber phone, SmsCodePurpose purpose, String clientAddress, Locale locale) {
		// The address first, so that one client cannot use up other people's numbers'
		// limits by itself.
		throttle.count("sms-address:" + clientAddress, TOO_MANY, PER_ADDRESS);
		throttle.count("sms-phone:" + phone.value(), TOO_MANY, PER_PHONE);
		if (purpose == SmsCodePurpose.LOGIN && !isApplicant(phone)) {
			return;
		}
		String code = "%06d".formatted(random.nextInt(1_000_000));
		discard(phone, purpose);
		jdbc.sql("insert into identity_sms_code (phone_index, purpose, code_hash, expires_at, attempts)"
				+ " values (:phone, :purpose, :hash, :expires, 0)")
			.param("phone", phoneIndex(phone))
			.param("purpose", purpose.name())
			.param("hash", codeHash(phone, purpose, code))
			.param("expires", column(clock.instant().plus(VALIDITY)))
			.update();
		notifications.sms(phone, switch (purpose) {
			case LOGIN -> SmsMessage.loginCode(code, VALIDITY);
			case REGISTRATION -> SmsMessage.registrationCode(code, VALIDITY);
			case CONTACT_PHONE -> SmsMessage.contactPhoneCode(code, VALIDITY);
			case COMMITMENT -> SmsMessage.commitmentCode(code, VALIDITY);
		}, locale);
	}

	/**
	 * Whether the code is the number's live code for the purpose, counting the guess; the
	 * code stays valid.
	 */
	public boolean verify(MobileNumber phone, SmsCodePurpose purpose, String code) {
		int counted = jdbc
			.sql("update identity_sms_code set attempts = attempts + 1"
					+ " where phone_index = :phone and purpose = :purpose and expires_at > :now and attempts < :max")
			.param("phone", phoneIndex(phone))
			.param("purpose", purpose.name())
			.param("now", column(clock.instant()))
			.param("max", MAX_ATTEMPTS)
			.update();
		if (counted == 0 || code == null) {
			return false;
		}
		return jdbc
			.sql("select count(*) from identity_sms_code"
					+ " where phone_index = :phone and purpose = :purpose and code_hash = :hash")
			.param("phone", phoneIndex(phone))
			.param("purpose", purpose.name())
			.param("hash", codeHash(phone, purpose, code.strip()))
			.query(Integer.class)
			.single() == 1;
	}

	/**
	 * Verifies the code and uses it up; of two requests with the same code, only one
	 * succeeds.
	 */
	public boolean redeem(MobileNumber phone, SmsCodePurpose purpose, String code) {
		return verify(phone, purpose, code) && jdbc.sql(
				"delete from identity_sms_code where phone_index = :phone and purpose = :purpose and code_hash = :hash")
			.param("phone", phoneIndex(phone))
			.param("purpose", purpose.name())
			.param("hash", codeHash(phone, purpose, code.strip()))
			.update() == 1;
	}

	/**
	 * Ends the number's code for the purpose once it has served, as a registration does
	 * after its last check.
	 */
	public void discard(MobileNumber phone, SmsCodePurpose purpose) {
		jdbc.sql("delete from identity_sms_code where phone_index = :phone and purpose = :purpose")
			.param("phone", phoneIndex(phone))
			.param("purpose", purpose.name())
			.update();
	}

	private boolean isApplicant(MobileNumber phone) {
		return directory.findByLogInName(phone.value())
			.flatMap(credentials::find)
			.filter(account -> account.kind() == AccountKind.NATURAL_PERSON)
			.isPresent();
	}

	private String phoneIndex(MobileNumber phone) {
		return index.of(phone.value());
	}

	private String codeHash(MobileNumber phone, SmsCodePurpose purpose, String code) {
		return index.of(purpose.name() + ":" + phone.value() + ":" + code);
	}

}
