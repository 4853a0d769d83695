package org.tongban.shared.crypto;

import java.security.GeneralSecurityException;
import java.security.Provider;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hashes of a {@link BlindIndex}: HMAC-SHA256, the international default, and
 * HMAC-SM3 (GB/T 32905, GM/T 0042) where commercial cryptography is required (R12.6).
 */
public enum IndexAlgorithm {

	HMAC_SHA256("HS256", "HmacSHA256", null),

	HMAC_SM3("HSM3", "HMACSM3", ShangMi.PROVIDER);

	private final String token;

	private final String macAlgorithm;

	/** Null for the JDK's own. */
	private final Provider provider;

	IndexAlgorithm(String token, String macAlgorithm, Provider provider) {
		this.token = token;
		this.macAlgorithm = macAlgorithm;
		this.provider = provider;
	}

	/** The name of the algorithm in an index value. */
	String token() {
		return token;
	}

	byte[] mac(byte[] key, byte[] data) {
		try {
			Mac mac = provider == null ? Mac.getInstance(macAlgorithm) : Mac.getInstance(macAlgorithm, provider);
			mac.init(new SecretKeySpec(key, macAlgorithm));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(this + " is not available", ex);
		}
	}

}
