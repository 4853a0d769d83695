package org.tongban.identity.factors;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.RSAPublicKey;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.jcajce.spec.SM2ParameterSpec;

/**
 * The signatures with which a certificate holder proves the possession of the private
 * key, one per kind of key: the certificate's key decides, so that a client cannot choose
 * a weaker algorithm than its key implies. The encodings are those that OpenSSL, USB keys
 * (UKey) and their middleware produce: DER for SM2 and ECDSA.
 */
public enum SignatureAlgorithm {

	/**
	 * SM2 with SM3 (GB/T 32918, GB/T 35276), commercial cryptography (R12.6), with the
	 * default user ID {@code 1234567812345678} of GM/T 0009 in the digest Z<sub>A</sub>,
	 * as Chinese CAs' client software and OpenSSL 3 use it.
	 */
	SM2_WITH_SM3("SM3withSM2"),

	/** ECDSA on P-256 (secp256r1) with SHA-256. */
	ECDSA_P256_WITH_SHA256("SHA256withECDSA"),

	/**
	 * RSA with SHA-256, keys of 2048 bits or more (NIST SP 800-131A): PKCS #1 v1.5, what
	 * {@code openssl dgst -sign} writes, or PSS with MGF1-SHA-256 and a 32-byte salt.
	 */
	RSA_WITH_SHA256("SHA256withRSA");

	static final byte[] SM2_DEFAULT_USER_ID = { '1', '2', '3', '4', '5', '6', '7', '8', '1', '2', '3', '4', '5', '6',
			'7', '8' };

	private static final int MIN_RSA_BITS = 2048;

	private final String jcaName;

	SignatureAlgorithm(String jcaName) {
		this.jcaName = jcaName;
	}

	/**
	 * The algorithm of a certificate's public key; empty for any other key, curve or a
	 * short RSA key.
	 */
	static Optional<SignatureAlgorithm> of(PublicKey key) {
		SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(key.getEncoded());
		ASN1Encodable parameters = info.getAlgorithm().getParameters();
		if (X9ObjectIdentifiers.id_ecPublicKey.equals(info.getAlgorithm().getAlgorithm()) && parameters != null) {
			if (GMObjectIdentifiers.sm2p256v1.equals(parameters.toASN1Primitive())) {
				return Optional.of(SM2_WITH_SM3);
			}
			if (SECObjectIdentifiers.secp256r1.equals(parameters.toASN1Primitive())) {
				return Optional.of(ECDSA_P256_WITH_SHA256);
			}
		}
		if (PKCSObjectIdentifiers.rsaEncryption.equals(info.getAlgorithm().getAlgorithm())
				&& key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() >= MIN_RSA_BITS) {
			return Optional.of(RSA_WITH_SHA256);
		}
		return Optional.empty();
	}

	/**
	 * A signature engine of this algorithm, not yet initialized; an SM2 engine has the
	 * default user ID. For signing as well, which only the demo's tools do.
	 */
	Signature signature() throws GeneralSecurityException {
		Signature signature = Signature.getInstance(jcaName, BouncyCastle.PROVIDER);
		if (this == SM2_WITH_SM3) {
			signature.setParameter(new SM2ParameterSpec(SM2_DEFAULT_USER_ID));
		}
		return signature;
	}

	/**
	 * Whether the signature is the key's over the data; a signature that cannot be
	 * decoded is not.
	 */
	boolean verifies(PublicKey key, byte[] data, byte[] signature) {
		try {
			return verifies(signature(), key, data, signature) || this == RSA_WITH_SHA256 && verifies(
					Signature.getInstance("SHA256withRSA/PSS", BouncyCastle.PROVIDER), key, data, signature);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(this + " is not available", ex);
		}
	}

	private static boolean verifies(Signature engine, PublicKey key, byte[] data, byte[] signature)
			throws InvalidKeyException {
		engine.initVerify(key);
		try {
			engine.update(data);
			return engine.verify(signature);
		}
		catch (SignatureException | RuntimeException ex) {
			// Not DER, or a number out of range: not a signature of this key.
			return false;
		}
	}

}
