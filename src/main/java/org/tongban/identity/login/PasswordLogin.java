package org.tongban.identity.login;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.identity.accounts.Credentials;
import org.tongban.identity.accounts.LoginState;
import org.tongban.identity.login.FailedLogIns.Factor;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.audit.AuditActor;
import org.tongban.shared.identifiers.MobileNumber;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * Log-in by password (R1.3, R1.4), for pages and API alike:
 * <ol>
 * <li>each client address has {@code attemptsPerMinute} attempts ({@link LoginThrottle}),
 * then 429;</li>
 * <li>the log-in name is an applicant's mobile or ID number, an enterprise's credit code,
 * or a staff account name;</li>
 * <li>failures make the guessing address wait, and many failures from everywhere slow
 * down every address ({@link FailedLogIns}), in the database, so on every node; a
 * disabled account is refused;</li>
 * <li>every refusal is the same {@link LoginRefusedException}, and takes about as long:
 * an unknown name is checked against a dummy hash, and a password is still checked while
 * the address waits, so that neither answers faster;</li>
 * <li>with a second factor configured, a staff account name leads to the second factor
 * whatever the password ({@link PendingLogIn}), so that the password step does not tell a
 * right password from a wrong one.</li>
 * </ol>
 * Not transactional: a failure must be counted although the attempt ends in an exception.
 */
@Service
public class PasswordLogin {

	private static final Logger log = LoggerFactory.getLogger(PasswordLogin.class);

	static final String ACTION = "login.password";

	/** The audited object of log-ins: the account. */
	public static final String ACCOUNT = "account";

	/** The object id of a log-in of a name that is no account's. */
	public static final String UNKNOWN = "unknown";

	private final AccountDirectory directory;

	private final Credentials credentials;

	private final PasswordEncoder passwordEncoder;

	private final LoginThrottle throttle;

	private final FailedLogIns failures;

	private final Audit audit;

	private final boolean secondFactor;

	/**
	 * A hash of no one's password, to spend on unknown names the time a real check takes.
	 */
	private final String dummyHash;

	PasswordLogin(AccountDirectory directory, Credentials credentials, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, FailedLogIns failures, List<SecondFactorVerifier> secondFactors, Audit audit) {
		this.directory = directory;
		this.credentials = credentials;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.failures = failures;
		this.audit = audit;
		this.secondFactor = !secondFactors.isEmpty();
		this.dummyHash = passwordEncoder.encode(UUID.randomUUID().toString());
		if (!secondFactor) {
			log.warn("No second factor is configured: staff log in with their password alone (R1.3 asks for two)");
		}
	}

	/**
	 * @throws TooManyAttemptsException when the client address has made too many attempts
	 * @throws LoginRefusedException when the name or password is wrong, the address must
	 * wait or the account is disabled, without saying which; never for a staff account
	 * name while a second factor is configured
	 */
	public LoginResult logIn(String name, String password, String clientAddress) {
		throttle.attempt(clientAddress);
		Optional<LoginState> account = directory.findByLogInName(name).flatMap(credentials::find);
		boolean staff = secondFactor
				&& (staffAccountName(name) || account.filter(found -> found.kind() == AccountKind.STAFF).isPresent());
		if (account.isEmpty() || account.get().passwordHash() == null || password == null) {
			passwordEncoder.matches(password == null ? "" : password, dummyHash);
			return refused(staff, name, account.map(LoginState::id).orElse(null), "unknown");
		}
		LoginState state = account.get();
		boolean matches = passwordEncoder.matches(password, state.passwordHash());
		if (state.disabled()) {
			return refused(staff, name, state.id(), "disabled");
		}
		if (failures.waiting(state.id(), Factor.PASSWORD, clientAddress)) {
			return refused(staff, name, state.id(), "waiting");
		}
		if (!matches) {
			failures.failed(state.id(), Factor.PASSWORD, clientAddress);
			return refused(staff, name, state.id(), "wrong");
		}
		failures.succeeded(state.id(), Factor.PASSWORD, clientAddress);
		if (passwordEncoder.upgradeEncoding(state.passwordHash())) {
			credentials.changePasswordHash(state.id(), passwordEncoder.encode(password));
		}
		if (staff) {
			audit.succeeded(AuditActor.account(state.id()), ACTION, ACCOUNT, state.id(), "second factor next");
			return new LoginResult.SecondFactorRequired(new PendingLogIn(folded(name), state.id()));
		}
		Actor actor = directory.actor(state.id()).orElseThrow();
		audit.succeeded(actor.audited(), ACTION, ACCOUNT, state.id(), null);
		return new LoginResult.LoggedIn(actor);
	}

	/**
	 * Records the refusal: of an account by its id, of a name that is no account's as
	 * {@link #UNKNOWN}, since the name may be a personal number.
	 */
	private LoginResult refused(boolean staff, String name, UUID accountId, String reason) {
		audit.failed(accountId == null ? AuditActor.ANONYMOUS : AuditActor.account(accountId), ACTION, ACCOUNT,
				accountId == null ? UNKNOWN : accountId, reason);
		if (staff) {
			return new LoginResult.SecondFactorRequired(PendingLogIn.refused(folded(name)));
		}
		throw new LoginRefusedException();
	}

	/** A name that can only be a staff account's: no applicant logs in with it. */
	private static boolean staffAccountName(String name) {
		return name != null && Accounts.STAFF_ACCOUNT_NAME.matcher(folded(name)).matches()
				&& !MobileNumber.isValid(name) && !ResidentIdNumber.isValid(name)
				&& !UnifiedSocialCreditCode.isValid(name);
	}

	private static String folded(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

}
