package org.tongban.identity.factors;

import java.security.Provider;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The provider of SM2 and SM3 (商用密码, R12.6), which the JDK lacks, and of the certificate
 * parser that reads SM2 keys. As in {@code org.tongban.shared.crypto}, one instance is
 * handed to the JCA by reference rather than registered, so that the JVM's provider
 * order, and with it every other library's choice of implementation, stays as it was.
 */
final class BouncyCastle {

	static final Provider PROVIDER = new BouncyCastleProvider();

	private BouncyCastle() {
	}

}
