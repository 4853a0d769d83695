package org.tongban.supervision.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;

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
 * tongban.audit.retention=P6M               TONGBAN_AUDIT_RETENTION      records kept in the database, 6 months at least
 * tongban.audit.archives=./data/audit/archives TONGBAN_AUDIT_ARCHIVES    where older records are archived, signed
 * tongban.audit.archive-every=1d            TONGBAN_AUDIT_ARCHIVEEVERY   how often older records are archived
 * </pre> Without configured keys, the platform makes them at first start in files under
 * the directory ({@link AuditKeys}), which must then be kept, and backed up, apart from
 * the database: whoever holds the database and the HMAC key can rebuild a chain
 * unnoticed, except against the anchors already signed.
 */
@ConfigurationProperties("tongban.audit")
record AuditProperties(@DefaultValue("./data/audit") Path directory, Path anchors, @DefaultValue("16") int chains,
		@DefaultValue("10m") Duration anchorEvery, String key, String anchorPrivateKey, String anchorPublicKey,
		@DefaultValue("P6M") Period retention, Path archives, @DefaultValue("1d") Duration archiveEvery) {

	/** The least the law allows records to be kept in the database (R8.4). */
	static final Period MINIMUM_RETENTION = Period.ofMonths(6);

	AuditProperties {
		LocalDate day = LocalDate.of(2000, 1, 1);
		if (retention.isNegative() || day.plus(retention).isBefore(day.plus(MINIMUM_RETENTION))) {
			throw new IllegalStateException(
					"tongban.audit.retention must be at least 6 months (P6M, or 184d), not " + retention);
		}
		if (archives == null) {
			archives = directory.resolve("archives");
		}
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
