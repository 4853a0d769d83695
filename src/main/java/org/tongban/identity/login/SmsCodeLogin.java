package org.tongban.identity.login;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Actor;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.identity.accounts.Credentials;
import org.tongban.identity.accounts.LoginState;
import org.tongban.shared.identifiers.MobileNumber;

/**
 * Log-in by a mobile number and the code sent to it (R1.3), for applicants who are natural persons only: staff log in
 * with their password and a second factor, enterprises through their password. A wrong, expired or used code is
 * refused exactly like a wrong password, counts toward the account's lock-out, and a locked account stays locked.
 * Not transactional, like {@link PasswordLogin}: a failure must be counted although the attempt ends in an exception.
 */
@Service
public class SmsCodeLogin {

	private final AccountDirectory directory;

	private final Credentials credentials;

	private final SmsCodes codes;

	private final LoginThrottle throttle;

	private final LoginProperties properties;

	private final Clock clock;

	SmsCodeLogin(AccountDirectory directory, Credentials credentials, SmsCodes codes, LoginThrottle throttle,
			LoginProperties properties, Clock clock) {
		this.directory = directory;
		this.credentials = credentials;
		this.codes = codes;
		this.throttle = throttle;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @throws TooManyAttemptsException when the client address has made too many log-in attempts
	 * @throws LoginRefusedException when the number or code is wrong or the account locked, without saying which
	 */
	public Actor logIn(String phone, String code, String clientAddress) {
		throttle.attempt(clientAddress);
		if (!MobileNumber.isValid(phone)) {
			throw new LoginRefusedException();
		}
		MobileNumber mobile = MobileNumber.parse(phone);
		Optional<LoginState> account = directory.findByLogInName(mobile.value())
			.flatMap(credentials::find)
			.filter(state -> state.kind() == AccountKind.NATURAL_PERSON);
		Instant now = clock.instant();
		// A locked account keeps its code for after the lock: the code is not even looked at.
		if (account.isEmpty() || account.get().lockedAt(now)) {
			throw new LoginRefusedException();
		}
		LoginState state = account.get();
		if (!codes.redeem(mobile, SmsCodePurpose.LOGIN, code)) {
			credentials.recordFailure(state.id(), properties.maxFailedLogins(), now.plus(properties.lockout()));
			throw new LoginRefusedException();
		}
		credentials.recordSuccess(state.id());
		return directory.actor(state.id()).orElseThrow();
	}

}
