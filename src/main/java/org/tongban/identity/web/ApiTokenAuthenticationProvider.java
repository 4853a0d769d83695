package org.tongban.identity.web;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.identity.login.ApiTokens;
import org.tongban.identity.login.PasswordLogin;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.audit.AuditActor;

/**
 * Accepts a bearer token that is neither expired nor revoked, as the actor of its account
 * with the roles the account holds now, so that a role taken away no longer opens
 * anything to a token issued before, and how its holder logged in.
 */
@Component
class ApiTokenAuthenticationProvider implements AuthenticationProvider {

	private final ApiTokens tokens;

	private final AccountDirectory directory;

	private final Audit audit;

	ApiTokenAuthenticationProvider(ApiTokens tokens, AccountDirectory directory, Audit audit) {
		this.audit = audit;
		this.tokens = tokens;
		this.directory = directory;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String token = ((BearerToken) authentication).token();
		return tokens.holderOf(token)
			.flatMap(holder -> directory.actor(holder.accountId())
				.map(actor -> new ActorAuthentication(actor, holder.method())))
			.orElseThrow(() -> {
				// A request with a known token is no log-in of its own (the token's issue
				// was
				// recorded); one with a token refused is a failed log-in.
				audit.failed(AuditActor.ANONYMOUS, "login.token", PasswordLogin.ACCOUNT, PasswordLogin.UNKNOWN,
						"unknown, expired or revoked");
				return new BadCredentialsException("Unknown, expired or revoked API token");
			});
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return BearerToken.class.isAssignableFrom(authentication);
	}

}
