package org.tongban.identity.factors;

import java.time.Instant;

import org.tongban.identity.factors.CertificateLoginException.Reason;
import org.tongban.identity.factors.DemoCertificateAuthority.KeyType;

/**
 * The holders of the demo certificates of {@code src/main/resources/identity/demo-ca},
 * one for every way a certificate log-in goes in the demo profile: SM2, ECDSA and RSA
 * certificates that log in, and an expired, a revoked and a foreign one that are refused.
 * The holders are invented people and an invented enterprise of the demo base registries
 * ({@code exchange/demo/registries.json}), so that a demo certificate log-in finds a
 * person the platform knows; their numbers are valid (GB 11643, GB 32100) and carry D
 * city's division codes (Dalian's, 2102xx).
 *
 * @param refusal why the certificate is refused in the demo profile, null if it logs in
 */
enum DemoUser {

	PERSON_SM2("person-sm2", "张伟", "210202198503120311", KeyType.SM2, Issuer.SM2, 0x20250001, null),

	ENTERPRISE_SM2("enterprise-sm2", "D市味之源餐饮管理有限公司", "91210202MA0Q5K7D3U", KeyType.SM2, Issuer.SM2, 0x20250002, null),

	PERSON_ECDSA("person-ecdsa", "李娜", "21020319901123046X", KeyType.P256, Issuer.ECC, 0x20250003, null),

	PERSON_RSA("person-rsa", "周敏", "210211198212050284", KeyType.RSA_2048, Issuer.ECC, 0x20250004, null),

	PERSON_EXPIRED("person-expired", "杨帆", "210211200109010532", KeyType.SM2, Issuer.SM2, 0x20250005, Reason.EXPIRED),

	PERSON_REVOKED("person-revoked", "刘洋", "210211199305300179", KeyType.P256, Issuer.ECC, 0x20250006, Reason.REVOKED),

	PERSON_UNTRUSTED("person-untrusted", "吴海涛", "21020319750621039X", KeyType.P256, Issuer.UNTRUSTED, 0x20250007,
			Reason.UNTRUSTED_ISSUER);

	/** The bundle of the demo's trusted CAs. */
	static final String TRUSTED_BUNDLE = "trusted-ca.pem";

	/** The serial number that the demo profile revokes by configuration. */
	static final String REVOKED_SERIAL_NUMBER = "20250006";

	/** The CA that issues a demo user's certificate. */
	enum Issuer {

		SM2, ECC, UNTRUSTED

	}

	private final String fileName;

	private final String commonName;

	private final String number;

	private final KeyType keyType;

	private final Issuer issuer;

	private final long serialNumber;

	private final Reason refusal;

	DemoUser(String fileName, String commonName, String number, KeyType keyType, Issuer issuer, long serialNumber,
			Reason refusal) {
		this.fileName = fileName;
		this.commonName = commonName;
		this.number = number;
		this.keyType = keyType;
		this.issuer = issuer;
		this.serialNumber = serialNumber;
		this.refusal = refusal;
	}

	String fileName() {
		return fileName;
	}

	String commonName() {
		return commonName;
	}

	String number() {
		return number;
	}

	KeyType keyType() {
		return keyType;
	}

	Issuer issuer() {
		return issuer;
	}

	long serialNumber() {
		return serialNumber;
	}

	Reason refusal() {
		return refusal;
	}

	/** The expired certificate was valid through 2025. */
	Instant from() {
		return DemoCertificateAuthority.DEMO_FROM;
	}

	Instant until() {
		return this == PERSON_EXPIRED ? Instant.parse("2025-12-31T15:59:59Z") : DemoCertificateAuthority.DEMO_UNTIL;
	}

}
