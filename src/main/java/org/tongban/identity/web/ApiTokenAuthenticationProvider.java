package org.tongban.identity.web;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.identity.login.ApiTokens;

/**
 * Accepts a bearer token that is neither expired nor revoked, as the actor of its account
 * with the roles the account holds now, so that a role taken away no longer opens
 * anything to a token issued before.
 */
@Component
class ApiTokenAuthenticationProvider implements AuthenticationProvider {

	private final ApiTokens tokens;

	private final AccountDirectory directory;

	ApiTokenAuthenticationProvider(ApiTokens tokens, AccountDirectory directory) {
		this.tokens = tokens;
		this.directory = directory;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String token = ((BearerToken) authentication).token();
		return tokens.accountOf(token)
			.flatMap(directory::actor)
			.map(ActorAuthentication::new)
			.orElseThrow(() -> new BadCredentialsException("Unknown, expired or revoked API token"));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return BearerToken.class.isAssignableFrom(authentication);
	}

}
