package org.tongban.identity.login;

import java.io.Serial;
import java.util.UUID;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * A member of staff who has given the right password but not yet the second factor: authenticated for the
 * second-factor step and log-out only, because it holds no role (see {@link SecondFactorVerifier}).
 */
public final class SecondFactorPending extends AbstractAuthenticationToken {

	/** The authority of having passed the password step, as Spring Security names the password factor. */
	public static final String AUTHORITY = "FACTOR_PASSWORD";

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID staffId;

	public SecondFactorPending(UUID staffId) {
		super(AuthorityUtils.createAuthorityList(AUTHORITY));
		this.staffId = staffId;
		setAuthenticated(true);
	}

	@Override
	public UUID getPrincipal() {
		return staffId;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public String getName() {
		return staffId.toString();
	}

}
