package org.tongban.identity.login;

import static org.tongban.shared.persistence.DatabaseTime.column;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tongban.identity.Actor;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.identity.accounts.Credentials;
import org.tongban.identity.accounts.PersonalData;
import org.tongban.identity.accounts.StaffAccount;
import org.tongban.identity.factors.TotpEnrolment;
import org.tongban.identity.factors.TotpRefusedException;
import org.tongban.identity.factors.TotpSecret;
import org.tongban.identity.factors.TotpVerifier;
import org.tongban.identity.login.FailedLogIns.Factor;
import org.tongban.identity.login.ThrottleLog.Limit;
import org.tongban.notification.Notifications;
import org.tongban.notification.SmsMessage;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.audit.AuditActor;
import org.tongban.shared.crypto.FieldCipher;
import org.tongban.shared.identifiers.MobileNumber;

/**
 * The second factor of staff (R1.3): the code of their authenticator app (TOTP), or, as
 * the fallback, a code sent by SMS to the mobile registered with their account.
 * <ul>
 * <li>Every step works on a {@link PendingLogIn}, which exists whether or not the
 * password was right, and answers the same either way: a wrong password makes every code
 * wrong, sends no SMS, and enrols nothing.</li>
 * <li>The TOTP secret is sealed by the {@link FieldCipher}; an accepted code stores its
 * time step, and a code of the same or an earlier step is refused (replay), by one
 * conditional UPDATE so that two nodes cannot both accept it.</li>
 * <li>An SMS code has six random digits, is stored as a hash, lasts
 * {@value #SMS_CODE_MINUTES} minutes and is deleted by the DELETE that accepts it (single
 * use). One account name gets at most one code a minute from one address
 * ({@link ThrottleLog}), whatever the password, so that the pace does not tell the
 * password either.</li>
 * <li>Wrong codes are counted as failures of the second factor ({@link FailedLogIns}),
 * apart from the password's, so that a right password never clears them: after 5 the
 * address waits, and a right code is refused meanwhile.</li>
 * <li>Every step counts toward the client address's log-in attempts
 * ({@link LoginThrottle}).</li>
 * <li>Enrolling an authenticator needs a code sent by SMS to the registered mobile as
 * well as the first code of the new authenticator: a stolen password alone must not let
 * an attacker enrol their own authenticator and so own the second factor.</li>
 * </ul>
 */
@Service
public class StaffSecondFactor implements SecondFactorVerifier {

	static final String LOGIN = "login.second-factor";

	static final String ENROL = "totp.enrol";

	static final int SMS_CODE_MINUTES = 5;

	private static final Limit SMS_INTERVAL = new Limit(1, Duration.ofMinutes(1));

	private static final Logger log = LoggerFactory.getLogger(StaffSecondFactor.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	private final PersonalData personalData;

	private final AccountDirectory directory;

	private final Credentials credentials;

	private final Notifications notifications;

	private final LoginThrottle throttle;

	private final ThrottleLog throttleLog;

	private final FailedLogIns failures;

	private final TotpVerifier totp;

	private final Clock clock;

	private final Audit audit;

	StaffSecondFactor(JdbcClient jdbc, FieldCipher cipher, PersonalData personalData, AccountDirectory directory,
			Credentials credentials, Notifications notifications, LoginThrottle throttle, ThrottleLog throttleLog,
			FailedLogIns failures, Clock clock, Audit audit) {
		this.audit = audit;
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.personalData = personalData;
		this.directory = directory;
		this.credentials = credentials;
		this.notifications = notifications;
		this.throttle = throttle;
		this.throttleLog = throttleLog;
		this.failures = failures;
		this.totp = new TotpVerifier(clock);
		this.clock = clock;
	}

	/**
	 * Whether the member of staff has an authenticator; without one, they enrol at their
	 * next log-in.
	 */
	public boolean enrolled(UUID staffId) {
		return lastUsedStep(staffId).isPresent();
	}

	/**
	 * A TOTP code of the authenticator, or the SMS code last sent; uses the code up,
	 * counts nothing.
	 */
	@Override
	public boolean verify(StaffAccount staff, String code) {
		return acceptsTotp(staff.id(), code) || acceptsSmsCode(staff.id(), code);
	}

	/**
	 * The log-in that the second factor completes, when the password was right as well.
	 * @throws TooManyAttemptsException when the client address has made too many log-in
	 * attempts
	 * @throws LoginRefusedException when the password or the code is wrong, the code
	 * used, the address must wait or the account is disabled, without saying which
	 */
	public Actor logIn(PendingLogIn pending, String code, String clientAddress) {
		StaffAccount staff = passwordAccepted(pending, clientAddress, LOGIN);
		if (!verify(staff, code)) {
			failures.failed(staff.id(), Factor.SECOND_FACTOR, clientAddress);
			audit.failed(AuditActor.account(staff.id()), LOGIN, PasswordLogin.ACCOUNT, staff.id(), "wrong");
			throw new LoginRefusedException();
		}
		failures.succeeded(staff.id(), Factor.SECOND_FACTOR, clientAddress);
		Actor actor = directory.actor(staff.id()).orElseThrow();
		audit.succeeded(actor.audited(), LOGIN, PasswordLogin.ACCOUNT, staff.id(), null);
		return actor;
	}

	/**
	 * Sends a new code by SMS to the staff member's registered mobile, when the password
	 * was right; answers the same when it was not.
	 * @throws TooManyAttemptsException when the address has used up its attempts, or
	 * asked for a code for this account name less than a minute ago
	 */
	public void sendSmsCode(PendingLogIn pending, String clientAddress, Locale locale) {
		throttle.attempt(clientAddress);
		throttleLog.count("staff-sms:" + pending.accountName() + "@" + clientAddress, "identity.sms.tooMany",
				SMS_INTERVAL);
		Optional<StaffAccount> staff = pending.passwordAccepted().flatMap(directory::staff);
		if (staff.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		String code = String.format("%06d", RANDOM.nextInt(1_000_000));
		jdbc.sql("delete from identity_staff_sms_code where staff_id = :id").param("id", staff.get().id()).update();
		jdbc.sql("insert into identity_staff_sms_code (staff_id, code_hash, sent_at, expires_at)"
				+ " values (:id, :hash, :now, :expires)")
			.param("id", staff.get().id())
			.param("hash", hash(staff.get().id(), code))
			.param("now", column(now))
			.param("expires", column(now.plus(Duration.ofMinutes(SMS_CODE_MINUTES))))
			.update();
		notifications.sms(MobileNumber.parse(personalData.open(staff.get().mobile())),
				SmsMessage.secondFactorCode(code, Duration.ofMinutes(SMS_CODE_MINUTES)), locale);
	}

	/**
	 * A new authenticator for the staff member to scan, labelled with the account name as
	 * given; stored only once {@link #enrol} confirms it.
	 */
	public TotpEnrolment newEnrolment(PendingLogIn pending) {
		return TotpEnrolment.of(pending.accountName());
	}

	/**
	 * Stores the authenticator of an enrolment, replacing any before it, once the
	 * password was right, the SMS code proves the registered mobile and the first code of
	 * the app proves that it computes the expected codes. Wrong codes count as failures
	 * of the second factor.
	 * @throws TooManyAttemptsException when the client address has made too many log-in
	 * attempts
	 * @throws LoginRefusedException when the password or a code is wrong, the address
	 * must wait or the account is disabled, without saying which
	 */
	public Actor enrol(PendingLogIn pending, TotpSecret secret, String totpCode, String smsCode, String clientAddress) {
		StaffAccount staff = passwordAccepted(pending, clientAddress, ENROL);
		Optional<Long> step = firstStep(secret, totpCode);
		boolean smsAccepted = acceptsSmsCode(staff.id(), smsCode);
		if (!smsAccepted || step.isEmpty()) {
			failures.failed(staff.id(), Factor.SECOND_FACTOR, clientAddress);
			audit.failed(AuditActor.account(staff.id()), ENROL, PasswordLogin.ACCOUNT, staff.id(),
					smsAccepted ? "wrong app code" : "wrong sms code");
			throw new LoginRefusedException();
		}
		failures.succeeded(staff.id(), Factor.SECOND_FACTOR, clientAddress);
		jdbc.sql("delete from identity_staff_totp where staff_id = :id").param("id", staff.id()).update();
		store(staff.id(), secret, step.get());
		log.info("Staff {} enrolled an authenticator", staff.id());
		Actor actor = directory.actor(staff.id()).orElseThrow();
		// The enrolment completes the log-in as well: one record says both.
		audit.succeeded(actor.audited(), ENROL, PasswordLogin.ACCOUNT, staff.id(), "logged in");
		return actor;
	}

	/**
	 * Counts the attempt of the address, then finds the member of staff of a right
	 * password.
	 * @throws LoginRefusedException when the password was wrong, the account is disabled
	 * or the address must wait before it may give a code again; no code is looked at
	 * then, nor a failure counted
	 */
	private StaffAccount passwordAccepted(PendingLogIn pending, String clientAddress, String action) {
		throttle.attempt(clientAddress);
		Optional<UUID> accepted = pending.passwordAccepted();
		if (accepted.isEmpty()) {
			// The password step recorded its refusal; the code that follows it is refused
			// too, whatever it is.
			audit.failed(AuditActor.ANONYMOUS, action, PasswordLogin.ACCOUNT, PasswordLogin.UNKNOWN, "password");
			throw new LoginRefusedException();
		}
		UUID id = accepted.get();
		String refusal = credentials.find(id).filter(state -> !state.disabled()).isEmpty() ? "disabled"
				: failures.waiting(id, Factor.SECOND_FACTOR, clientAddress) ? "waiting" : null;
		Optional<StaffAccount> staff = refusal == null ? directory.staff(id) : Optional.empty();
		if (staff.isEmpty()) {
			audit.failed(AuditActor.account(id), action, PasswordLogin.ACCOUNT, id,
					refusal == null ? "not staff" : refusal);
			throw new LoginRefusedException();
		}
		return staff.get();
	}

	/**
	 * Stores an authenticator whose secret was handed over otherwise (the demo staff's,
	 * published in the README); an enrolled member of staff keeps theirs.
	 */
	public void enrolUnlessEnrolled(UUID staffId, TotpSecret secret) {
		if (!enrolled(staffId)) {
			store(staffId, secret, -1);
		}
	}

	private void store(UUID staffId, TotpSecret secret, long lastUsedStep) {
		jdbc.sql("insert into identity_staff_totp (staff_id, secret_ciphertext, last_used_step, enrolled_at)"
				+ " values (:id, :secret, :step, :now)")
			.param("id", staffId)
			.param("secret", cipher.encrypt(secret.base32()))
			.param("step", lastUsedStep)
			.param("now", column(clock.instant()))
			.update();
	}

	private Optional<Long> firstStep(TotpSecret secret, String code) {
		try {
			return Optional.of(totp.verify(secret, code));
		}
		catch (TotpRefusedException ex) {
			return Optional.empty();
		}
	}

	private boolean acceptsTotp(UUID staffId, String code) {
		Optional<Long> lastUsed = lastUsedStep(staffId);
		if (lastUsed.isEmpty()) {
			return false;
		}
		TotpSecret secret = TotpSecret.fromBase32(
				cipher.decrypt(jdbc.sql("select secret_ciphertext from identity_staff_totp where staff_id = :id")
					.param("id", staffId)
					.query(String.class)
					.single()));
		long step;
		try {
			step = totp.verify(secret, code, lastUsed.get());
		}
		catch (TotpRefusedException ex) {
			log.info("TOTP code of staff {} refused: {}", staffId, ex.getMessage());
			return false;
		}
		// Another node may have accepted a code of this step a moment ago: only one
		// UPDATE wins.
		return jdbc
			.sql("update identity_staff_totp set last_used_step = :step"
					+ " where staff_id = :id and last_used_step < :step")
			.param("step", step)
			.param("id", staffId)
			.update() == 1;
	}

	private boolean acceptsSmsCode(UUID staffId, String code) {
		if (code == null || !code.strip().matches("\\d{6}")) {
			return false;
		}
		return jdbc
			.sql("delete from identity_staff_sms_code"
					+ " where staff_id = :id and code_hash = :hash and expires_at > :now")
			.param("id", staffId)
			.param("hash", hash(staffId, code.strip()))
			.param("now", column(clock.instant()))
			.update() == 1;
	}

	private Optional<Long> lastUsedStep(UUID staffId) {
		return jdbc.sql("select last_used_step from identity_staff_totp where staff_id = :id")
			.param("id", staffId)
			.query(Long.class)
			.optional();
	}

	/**
	 * Salted with the account, so that one table of the million codes' hashes does not
	 * serve every row.
	 */
	private static String hash(UUID staffId, String code) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest((staffId + ":" + code).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
