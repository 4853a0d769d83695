package org.tongban.identity.web;

import java.io.Serial;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** The token of an {@code Authorization: Bearer ...} header, before it is checked. */
final class BearerToken extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private static final String SCHEME = "Bearer ";

	private final String token;

	private BearerToken(String token) {
		super(List.of());
		this.token = token;
	}

	/** The token the request presents, if it presents one. */
	static Optional<BearerToken> of(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			return Optional.empty();
		}
		String token = header.substring(SCHEME.length()).strip();
		return token.isEmpty() ? Optional.empty() : Optional.of(new BearerToken(token));
	}

	String token() {
		return token;
	}

	@Override
	public String getCredentials() {
		return token;
	}

	@Override
	public Object getPrincipal() {
		return null;
	}

}
