package org.tongban.identity.login;

import java.io.Serial;
import java.util.Optional;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.tongban.identity.Actor;
import org.tongban.identity.LogInMethod;

/**
 * A complete log-in: the {@link Actor} with the authorities of its roles. Its name is the
 * account id, which the session table indexes to end every session of an account (log-out
 * everywhere) without holding personal data. It keeps how the actor logged in, for what
 * only a certificate log-in allows (R5.5).
 */
public final class ActorAuthentication extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Actor actor;

	private final LogInMethod method;

	/** A log-in whose method nothing depends on, as tests make them. */
	public ActorAuthentication(Actor actor) {
		this(actor, null);
	}

	/**
	 * @param method how the actor logged in; null where unknown, which allows nothing
	 * that a method does
	 */
	public ActorAuthentication(Actor actor, LogInMethod method) {
		super(AuthorityUtils.createAuthorityList(actor.authorities()));
		this.actor = actor;
		this.method = method;
		setAuthenticated(true);
	}

	/** How the actor logged in, if the log-in recorded it. */
	public Optional<LogInMethod> method() {
		return Optional.ofNullable(method);
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
