package org.tongban.identity.login;

import java.io.Serial;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.tongban.identity.Actor;

/**
 * A complete log-in: the {@link Actor} with the authorities of its roles. Its name is the
 * account id, which the session table indexes to end every session of an account (log-out
 * everywhere) without holding personal data.
 */
public final class ActorAuthentication extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Actor actor;

	public ActorAuthentication(Actor actor) {
		super(AuthorityUtils.createAuthorityList(actor.authorities()));
		this.actor = actor;
		setAuthenticated(true);
	}

	@Override
	public Actor getPrincipal() {
		return actor;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public String getName() {
		return actor.id().toString();
	}

}
