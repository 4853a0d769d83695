package org.tongban.supervision.audit;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit trail's keys, chains and anchors (R8.4, R12): <pre>
 * tongban.audit.directory=./data/audit      TONGBAN_AUDIT_DIRECTORY      keys made at first start, anchors
 * tongban.audit.anchors=./data/audit/anchors TONGBAN_AUDIT_ANCHORS       where signed anchors are written
 * tongban.audit.chains=16                   TONGBAN_AUDIT_CHAINS         hash chains new records are spread over
 * tongban.audit.anchor-every=10m            TONGBAN_AUDIT_ANCHOREVERY    how often the chain heads are signed
 * tongban.audit.key=                        TONGBAN_AUDIT_KEY            HMAC key, Base64 of 32 bytes
 * tongban.audit.anchor-private-key=         TONGBAN_AUDIT_ANCHORPRIVATEKEY  ECDSA P-256, Base64 of PKCS#8
 * tongban.audit.anchor-public-key=          TONGBAN_AUDIT_ANCHORPUBLICKEY   its public key, Base64 of X.509
 * </pre> Without configured keys, the platform makes them at first start in files under
 * the directory ({@link AuditKeys}), which must then be kept, and backed up, apart from
 * the database: whoever holds the database and the HMAC key can rebuild a chain
 * unnoticed, except against the anchors already signed.
 */
@ConfigurationProperties("tongban.audit")
record AuditProperties(@DefaultValue("./data/audit") Path directory, Path anchors, @DefaultValue("16") int chains,
		@DefaultValue("10m") Duration anchorEvery, String key, String anchorPrivateKey, String anchorPublicKey) {

	AuditProperties {
		if (chains < 1 || chains > 1024) {
			throw new IllegalStateException("tongban.audit.chains must be between 1 and 1024, not " + chains);
		}
		if ((anchorPrivateKey == null) != (anchorPublicKey == null)) {
			throw new IllegalStateException(
					"Set both tongban.audit.anchor-private-key and tongban.audit.anchor-public-key, or neither");
		}
		if (anchors == null) {
			anchors = directory.resolve("anchors");
		}
	}

}
