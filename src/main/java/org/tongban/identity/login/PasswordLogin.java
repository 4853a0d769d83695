package org.tongban.identity.login;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Actor;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.identity.accounts.Credentials;
import org.tongban.identity.accounts.LoginState;

/**
 * Log-in by password (R1.3, R1.4), for pages and API alike:
 * <ol>
 * <li>each client address has {@code attemptsPerMinute} attempts ({@link LoginThrottle}), then 429;</li>
 * <li>the log-in name is an applicant's mobile or ID number, an enterprise's credit code, or a staff account name;</li>
 * <li>{@code maxFailedLogins} wrong passwords in a row lock the account for {@code lockout}, in the database, so on
 * every node; a lock is not extended by the attempts made during it;</li>
 * <li>every refusal is the same {@link LoginRefusedException}, and takes about as long: an unknown name is checked
 * against a dummy hash, and a locked account's password is still checked, so that neither answers faster.</li>
 * </ol>
 * Not transactional: a failure must be counted although the attempt ends in an exception.
 */
@Service
public class PasswordLogin {

	private static final Logger log = LoggerFactory.getLogger(PasswordLogin.class);

	private final AccountDirectory directory;

	private final Credentials credentials;

	private final PasswordEncoder passwordEncoder;

	private final LoginThrottle throttle;

	private final List<SecondFactorVerifier> secondFactors;

	private final LoginProperties properties;

	private final Clock clock;

	/** A hash of no one's password, to spend on unknown names the time a real check takes. */
	private final String dummyHash;

	PasswordLogin(AccountDirectory directory, Credentials credentials, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, List<SecondFactorVerifier> secondFactors, LoginProperties properties,
			Clock clock) {
		this.directory = directory;
		this.credentials = credentials;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.secondFactors = List.copyOf(secondFactors);
		this.properties = properties;
		this.clock = clock;
		this.dummyHash = passwordEncoder.encode(UUID.randomUUID().toString());
		if (this.secondFactors.isEmpty()) {
			log.warn("No second factor is configured: staff log in with their password alone (R1.3 asks for two)");
		}
	}

	/**
	 * @throws TooManyAttemptsException when the client address has made too many attempts
	 * @throws LoginRefusedException when the name or password is wrong or the account locked, without saying which
	 */
	public LoginResult logIn(String name, String password, String clientAddress) {
		throttle.attempt(clientAddress);
		Optional<LoginState> account = directory.findByLogInName(name).flatMap(credentials::find);
		if (account.isEmpty() || account.get().passwordHash() == null || password == null) {
			passwordEncoder.matches(password == null ? "" : password, dummyHash);
			throw new LoginRefusedException();
		}
		LoginState state = account.get();
		Instant now = clock.instant();
		boolean matches = passwordEncoder.matches(password, state.passwordHash());
		if (state.lockedAt(now)) {
			throw new LoginRefusedException();
		}
		if (!matches) {
			credentials.recordFailure(state.id(), properties.maxFailedLogins(), now.plus(properties.lockout()));
			throw new LoginRefusedException();
		}
		credentials.recordSuccess(state.id());
		if (passwordEncoder.upgradeEncoding(state.passwordHash())) {
			credentials.changePasswordHash(state.id(), passwordEncoder.encode(password));
		}
		if (state.kind() == AccountKind.STAFF && !secondFactors.isEmpty()) {
			return new LoginResult.SecondFactorRequired(directory.staff(state.id()).orElseThrow());
		}
		Actor actor = directory.actor(state.id()).orElseThrow();
		return new LoginResult.LoggedIn(actor);
	}

}
