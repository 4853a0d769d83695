package org.tongban.identity.accounts;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with Argon2id (R1.4) at OWASP's recommended minimum for it: 19 MiB
 * of memory, 2 iterations, 1 lane, a 16-byte salt and a 32-byte hash (Spring Security's
 * defaults for 5.8 use 16 MiB). A hash names its algorithm
 * ({@code {argon2}$argon2id$v=19$m=19456,t=2,p=1$...}) so that a stronger setting or
 * another algorithm can take over later: a hash that is not of the current kind is
 * replaced at the next successful log-in.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

	static final String CURRENT = "argon2";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder(CURRENT,
				Map.of(CURRENT, new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2)));
	}

}
