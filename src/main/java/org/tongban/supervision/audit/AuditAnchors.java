package org.tongban.supervision.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tongban.supervision.audit.AuditRecords.ChainHead;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Anchors of the audit trail: every {@code tongban.audit.anchor-every}, the head of every
 * chain (chain, sequence, MAC) is signed with ECDSA P-256 and written as a JSON file
 * {@code anchor-<epoch millis>.json} under {@code tongban.audit.anchors}, outside the
 * database. A chain rewound, or rebuilt by someone holding the HMAC key, no longer
 * reaches the anchored head, which {@link AuditVerifier} reports. Every node anchors; an
 * anchor is complete when it is visible (written aside, then moved in place).
 */
@Component
class AuditAnchors {

	private static final Logger log = LoggerFactory.getLogger(AuditAnchors.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final byte[] VERSION = "tongban-audit-anchor-v1".getBytes(StandardCharsets.US_ASCII);

	private final AuditRecords records;

	private final KeyPair keys;

	private final Path directory;

	private final Clock clock;

	AuditAnchors(AuditRecords records, AuditKeys keys, AuditProperties properties, Clock clock) {
		this.records = records;
		this.keys = keys.anchorKeys();
		this.directory = properties.anchors();
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${tongban.audit.anchor-every:10m}",
			initialDelayString = "${tongban.audit.anchor-every:10m}")
	void anchorPeriodically() {
		try {
			anchor();
		}
		catch (RuntimeException ex) {
			// The database or the directory may be away: the next round tries again.
			log.warn("Could not anchor the audit trail: {}", ex.getMessage());
		}
	}

	/** Signs the current chain heads into a new anchor file, and returns its path. */
	Path anchor() {
		Instant now = clock.instant();
		List<ChainHead> heads = records.heads();
		Anchor anchor = new Anchor(now, heads.stream().map(AnchoredHead::of).toList(), null);
		Anchor signed = new Anchor(now, anchor.heads(), Base64.getEncoder().encodeToString(sign(anchor)));
		try {
			Files.createDirectories(directory);
			Path file = directory.resolve("anchor-%013d.json".formatted(now.toEpochMilli()));
			Path written = Files.createTempFile(directory, "anchor-", ".part");
			JSON.writeValue(written.toFile(), signed);
			return Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write an audit anchor under " + directory, ex);
		}
	}

	/**
	 * The latest anchor and whether it can be trusted: {@link AnchorStatus#NONE} when
	 * none has been written, {@link AnchorStatus#INVALID} when its file does not read as
	 * an anchor or its signature is wrong.
	 */
	LatestAnchor latest() {
		Optional<Path> latest = latestFile();
		if (latest.isEmpty()) {
			return new LatestAnchor(AnchorStatus.NONE, null);
		}
		try {
			Anchor anchor = JSON.readValue(latest.get().toFile(), Anchor.class);
			return signatureValid(anchor) ? new LatestAnchor(AnchorStatus.VALID, anchor)
					: new LatestAnchor(AnchorStatus.INVALID, anchor);
		}
		catch (JacksonException ex) {
			return new LatestAnchor(AnchorStatus.INVALID, null);
		}
	}

	private Optional<Path> latestFile() {
		if (!Files.isDirectory(directory)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(file -> file.getFileName().toString().matches("anchor-\\d{13}\\.json"))
				.max(Comparator.comparing(file -> file.getFileName().toString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the audit anchors under " + directory, ex);
		}
	}

	private boolean signatureValid(Anchor anchor) {
		if (anchor.anchoredAt() == null || anchor.heads() == null || anchor.signature() == null) {
			return false;
		}
		try {
			Signature verification = Signature.getInstance(AuditKeys.SIGNATURE_ALGORITHM);
			verification.initVerify(keys.getPublic());
			verification.update(signed(anchor));
			return verification.verify(Base64.getDecoder().decode(anchor.signature()));
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			return false;
		}
	}

	private byte[] sign(Anchor anchor) {
		try {
			Signature signature = Signature.getInstance(AuditKeys.SIGNATURE_ALGORITHM);
			signature.initSign(keys.getPrivate());
			signature.update(signed(anchor));
			return signature.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot sign an audit anchor", ex);
		}
	}

	/** What is signed: a canonical encoding of the anchor's time and heads. */
	private static byte[] signed(Anchor anchor) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.write(VERSION);
			out.writeLong(anchor.anchoredAt().getEpochSecond());
			out.writeInt(anchor.anchoredAt().getNano());
			out.writeInt(anchor.heads().size());
			for (AnchoredHead head : anchor.heads()) {
				out.writeInt(head.chain());
				out.writeLong(head.sequence());
				out.writeUTF(head.mac() == null ? "" : head.mac());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** The latest anchor, null when there is none or it does not read. */
	record LatestAnchor(AnchorStatus status, Anchor anchor) {
	}

	/** A signed anchor, as its file holds it; the signature is Base64 (DER). */
	record Anchor(Instant anchoredAt, List<AnchoredHead> heads, String signature) {
	}

	/** A chain's head when it was anchored; sequence 0 and no MAC for an empty chain. */
	record AnchoredHead(int chain, long sequence, String mac) {

		static AnchoredHead of(ChainHead head) {
			return new AnchoredHead(head.chain(), head.sequence(), head.mac());
		}

	}

}
