package org.tongban.shared.crypto;

import java.security.GeneralSecurityException;
import java.security.Provider;
import java.util.Arrays;
import java.util.Optional;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The authenticated ciphers that protect personal data at rest (R12.1): AES-256 in GCM,
 * the international default, and SM4 in GCM (GB/T 32907, RFC 8998) where commercial
 * cryptography is required (R12.6). The length of a key tells which cipher it serves, so
 * that a key can never be used with both.
 */
public enum CipherAlgorithm {

	AES_GCM("A256GCM", "AES", 32, null),

	SM4_GCM("SM4GCM", "SM4", 16, ShangMi.PROVIDER);

	static final int IV_LENGTH = 12;

	static final int TAG_LENGTH = 16;

	private final String token;

	private final String keyAlgorithm;

	private final int keyLength;

	/** Null for the JDK's own, whose AES uses the processor's AES instructions. */
	private final Provider provider;

	CipherAlgorithm(String token, String keyAlgorithm, int keyLength, Provider provider) {
		this.token = token;
		this.keyAlgorithm = keyAlgorithm;
		this.keyLength = keyLength;
		this.provider = provider;
	}

	/** The name of the algorithm in a sealed value. */
	String token() {
		return token;
	}

	/** In bytes; no two algorithms share a length. */
	int keyLength() {
		return keyLength;
	}

	static Optional<CipherAlgorithm> ofKeyLength(int length) {
		return Arrays.stream(values()).filter(algorithm -> algorithm.keyLength == length).findFirst();
	}

	SecretKey key(byte[] material) {
		return new SecretKeySpec(material, keyAlgorithm);
	}

	/** Encrypts and authenticates: the ciphertext followed by the 128-bit tag. */
	byte[] seal(SecretKey key, byte[] iv, byte[] associatedData, byte[] plaintext) {
		try {
			return cipher(Cipher.ENCRYPT_MODE, key, iv, associatedData).doFinal(plaintext);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(this + " is not available", ex);
		}
	}

	/**
	 * @throws AEADBadTagException if the ciphertext, the IV or the associated data are
	 * not what was sealed
	 */
	byte[] open(SecretKey key, byte[] iv, byte[] associatedData, byte[] sealed) throws AEADBadTagException {
		try {
			return cipher(Cipher.DECRYPT_MODE, key, iv, associatedData).doFinal(sealed);
		}
		catch (AEADBadTagException ex) {
			throw ex;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(this + " is not available", ex);
		}
	}

	private Cipher cipher(int mode, SecretKey key, byte[] iv, byte[] associatedData) throws GeneralSecurityException {
		String transformation = keyAlgorithm + "/GCM/NoPadding";
		Cipher cipher = provider == null ? Cipher.getInstance(transformation)
				: Cipher.getInstance(transformation, provider);
		cipher.init(mode, key, new GCMParameterSpec(TAG_LENGTH * 8, iv));
		cipher.updateAAD(associatedData);
		return cipher;
	}

}
