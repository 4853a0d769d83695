package org.tongban.exchange.clients;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * How a department system proves who it is at the token endpoint (R9.3): a secret, or a
 * TLS client certificate issued by a certification authority the platform's TLS server
 * trusts (mutual TLS, RFC 8705 {@code tls_client_auth}), matched by its subject.
 */
public enum ClientAuthentication {

	/**
	 * {@code client_secret_basic} (or {@code client_secret_post}): the secret shown once.
	 */
	CLIENT_SECRET_BASIC,

	/** {@code tls_client_auth}: the subject of the client's certificate. */
	TLS_CLIENT_AUTH;

	ClientAuthenticationMethod[] methods() {
		return switch (this) {
			case CLIENT_SECRET_BASIC -> new ClientAuthenticationMethod[] {
					ClientAuthenticationMethod.CLIENT_SECRET_BASIC, ClientAuthenticationMethod.CLIENT_SECRET_POST };
			case TLS_CLIENT_AUTH -> new ClientAuthenticationMethod[] { ClientAuthenticationMethod.TLS_CLIENT_AUTH };
		};
	}

}
