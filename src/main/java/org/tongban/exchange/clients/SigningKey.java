package org.tongban.exchange.clients;

import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongban.shared.crypto.FieldCipher;

/**
 * The key that signs the exchange's access tokens, one for every node (R9.3, R14.1): a
 * token issued by one node is accepted by all. The first node to start creates it in
 * {@code exchange_signing_key}, its private part sealed by the field cipher (R12.1); a
 * node that loses the race to create it reads the winner's.
 */
@Component
class SigningKey {

	static final String KEY_ID = "tongban-exchange-1";

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	private final Clock clock;

	SigningKey(JdbcClient jdbc, FieldCipher cipher, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.clock = clock;
	}

	RSAKey load() {
		return stored().orElseGet(() -> {
			try {
				create();
			}
			catch (DuplicateKeyException ex) {
				// Another node created it first: theirs is everybody's.
			}
			return stored().orElseThrow();
		});
	}

	private void create() {
		try {
			var generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			var pair = generator.generateKeyPair();
			jdbc.sql("""
					insert into exchange_signing_key (key_id, private_key_sealed, public_key, created_at)
					values (:keyId, :privateKey, :publicKey, :at)""")
				.param("keyId", KEY_ID)
				.param("privateKey", cipher.encrypt(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded())))
				.param("publicKey", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()))
				.param("at", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
				.update();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Optional<RSAKey> stored() {
		return jdbc.sql("select private_key_sealed, public_key from exchange_signing_key where key_id = :keyId")
			.param("keyId", KEY_ID)
			.query((row, n) -> key(cipher.decrypt(row.getString("private_key_sealed")), row.getString("public_key")))
			.optional();
	}

	private static RSAKey key(String privateKey, String publicKey) {
		try {
			var factory = KeyFactory.getInstance("RSA");
			var publicPart = (RSAPublicKey) factory
				.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
			var privatePart = (RSAPrivateKey) factory
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey)));
			return new RSAKey.Builder(publicPart).privateKey(privatePart).keyID(KEY_ID).build();
		}
		catch (NoSuchAlgorithmException | InvalidKeySpecException ex) {
			throw new IllegalStateException("The stored signing key of the exchange cannot be read", ex);
		}
	}

}
