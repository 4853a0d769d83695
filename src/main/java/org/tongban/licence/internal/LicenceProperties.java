package org.tongban.licence.internal;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Electronic licences (R6.3): <pre>
 * tongban.licence.base-url=http://localhost:8080   TONGBAN_LICENCE_BASEURL    the public address the QR code leads to
 * tongban.licence.directory=./data/licence         TONGBAN_LICENCE_DIRECTORY  demo keys made at first start
 * tongban.licence.algorithm=EC                     TONGBAN_LICENCE_ALGORITHM  EC (P-256), RSA (3072) or SM2 for demo keys
 * tongban.licence.keystore=                        TONGBAN_LICENCE_KEYSTORE   production PKCS#12: one key entry per department
 * tongban.licence.keystore-password=               TONGBAN_LICENCE_KEYSTOREPASSWORD
 * tongban.licence.verifications-per-minute=30      TONGBAN_LICENCE_VERIFICATIONSPERMINUTE  per client address
 * tongban.licence.max-upload-size=5MB              TONGBAN_LICENCE_MAXUPLOADSIZE  largest PDF checked at /verify
 * </pre> With a keystore, each department signs with the key entry aliased by its code in
 * lower case, whose chain ends in the CA that the verification trusts; without one (the
 * embedded demo), a demo CA and one certificate per department are made under the
 * directory and must be kept apart from the database. SM2 is verified by the platform
 * only: common PDF readers know ECDSA and RSA.
 */
@ConfigurationProperties("tongban.licence")
public record LicenceProperties(@DefaultValue("http://localhost:8080") URI baseUrl,
		@DefaultValue("./data/licence") Path directory, @DefaultValue("EC") KeyAlgorithm algorithm, Path keystore,
		String keystorePassword, @DefaultValue("30") int verificationsPerMinute,
		@DefaultValue("5MB") org.springframework.util.unit.DataSize maxUploadSize) {

	public LicenceProperties {
		if ((keystore == null) != (keystorePassword == null)) {
			throw new IllegalStateException(
					"Set both tongban.licence.keystore and tongban.licence.keystore-password, or neither");
		}
	}

	/** The public address of a licence's verification page, which its QR code encodes. */
	public String verificationUrl(String licenceId) {
		String base = baseUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/verify/" + licenceId;
	}

	/** The keys the demo makes, with the signature algorithm each signs with. */
	public enum KeyAlgorithm {

		EC("EC", "secp256r1", "SHA256withECDSA"), RSA("RSA", null, "SHA256withRSA"),
		SM2("EC", "sm2p256v1", "SM3withSM2");

		final String keyType;

		final String curve;

		final String signature;

		KeyAlgorithm(String keyType, String curve, String signature) {
			this.keyType = keyType;
			this.curve = curve;
			this.signature = signature;
		}

	}

}
