package org.tongban.identity.login;

import java.time.Instant;

/**
 * An API token as it is handed out, once: the caller keeps {@code token}, the platform
 * only its hash.
 */
public record IssuedToken(String token, Instant expiresAt) {
}
