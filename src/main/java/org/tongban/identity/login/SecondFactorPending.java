package org.tongban.identity.login;

import java.io.Serial;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * A staff log-in that has passed the password step, right or wrong (see
 * {@link PendingLogIn}), but not yet the second factor: authenticated for the
 * second-factor step and log-out only, because it holds no role (see
 * {@link SecondFactorVerifier}).
 */
public final class SecondFactorPending extends AbstractAuthenticationToken {

	/**
	 * The authority of having passed the password step, as Spring Security names the
	 * password factor.
	 */
	public static final String AUTHORITY = "FACTOR_PASSWORD";

	@Serial
	private static final long serialVersionUID = 2L;

	private final PendingLogIn pending;

	public SecondFactorPending(PendingLogIn pending) {
		super(AuthorityUtils.createAuthorityList(AUTHORITY));
		this.pending = pending;
		setAuthenticated(true);
	}

	@Override
	public PendingLogIn getPrincipal() {
		return pending;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	/**
	 * The name as given: the session must not tell a right password (which knows the
	 * account's id) from a wrong one.
	 */
	@Override
	public String getName() {
		return pending.accountName();
	}

}
