package org.tongban.identity.login;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Actor;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.identity.accounts.Credentials;
import org.tongban.identity.accounts.LoginState;
import org.tongban.identity.login.FailedLogIns.Factor;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.audit.AuditActor;
import org.tongban.shared.identifiers.MobileNumber;

/**
 * Log-in by a mobile number and the code sent to it (R1.3), for applicants who are
 * natural persons only: staff log in with their password and a second factor, enterprises
 * through their password. A wrong, expired or used code is refused exactly like a wrong
 * password and counted like one ({@link FailedLogIns}): while the address must wait, even
 * the right code is refused. Not transactional, like {@link PasswordLogin}: a failure
 * must be counted although the attempt ends in an exception.
 */
@Service
public class SmsCodeLogin {

	static final String ACTION = "login.sms";

	private final AccountDirectory directory;

	private final Credentials credentials;

	private final SmsCodes codes;

	private final LoginThrottle throttle;

	private final FailedLogIns failures;

	private final Audit audit;

	SmsCodeLogin(AccountDirectory directory, Credentials credentials, SmsCodes codes, LoginThrottle throttle,
			FailedLogIns failures, Audit audit) {
		this.audit = audit;
		this.directory = directory;
		this.credentials = credentials;
		this.codes = codes;
		this.throttle = throttle;
		this.failures = failures;
	}

	/**
	 * @throws TooManyAttemptsException when the client address has made too many log-in
	 * attempts
	 * @throws LoginRefusedException when the number or code is wrong, the address must
	 * wait or the account is disabled, without saying which
	 */
	public Actor logIn(String phone, String code, String clientAddress) {
		throttle.attempt(clientAddress);
		if (!MobileNumber.isValid(phone)) {
			throw refused(null, "invalid");
		}
		MobileNumber mobile = MobileNumber.parse(phone);
		Optional<LoginState> account = directory.findByLogInName(mobile.value())
			.flatMap(credentials::find)
			.filter(state -> state.kind() == AccountKind.NATURAL_PERSON);
		// While the address waits, the code is kept for afterwards: it is not even looked
		// at.
		if (account.isEmpty()) {
			throw refused(null, "unknown");
		}
		if (account.get().disabled()) {
			throw refused(account.get().id(), "disabled");
		}
		if (failures.waiting(account.get().id(), Factor.PASSWORD, clientAddress)) {
			throw refused(account.get().id(), "waiting");
		}
		LoginState state = account.get();
		if (!codes.redeem(mobile, SmsCodePurpose.LOGIN, code)) {
			failures.failed(state.id(), Factor.PASSWORD, clientAddress);
			throw refused(state.id(), "wrong");
		}
		failures.succeeded(state.id(), Factor.PASSWORD, clientAddress);
		Actor actor = directory.actor(state.id()).orElseThrow();
		audit.succeeded(actor.audited(), ACTION, PasswordLogin.ACCOUNT, state.id(), null);
		return actor;
	}

	/** Records the refusal; a number that is no account's is not kept, being personal. */
	private LoginRefusedException refused(UUID accountId, String reason) {
		audit.failed(accountId == null ? AuditActor.ANONYMOUS : AuditActor.account(accountId), ACTION,
				PasswordLogin.ACCOUNT, accountId == null ? PasswordLogin.UNKNOWN : accountId, reason);
		return new LoginRefusedException();
	}

}
