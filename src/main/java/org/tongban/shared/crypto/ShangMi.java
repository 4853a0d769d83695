package org.tongban.shared.crypto;

import java.security.Provider;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The provider of the commercial algorithms SM3 and SM4 (商用密码, R12.6), which the JDK
 * lacks. One instance is handed to the JCA by reference rather than registered, so that
 * the JVM's provider order, and with it every library's choice of AES or SHA-256
 * implementation, stays as it was.
 */
final class ShangMi {

	static final Provider PROVIDER = new BouncyCastleProvider();

	private ShangMi() {
	}

}
