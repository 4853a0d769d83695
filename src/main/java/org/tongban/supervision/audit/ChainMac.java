package org.tongban.supervision.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.SecretKey;

import org.tongban.shared.audit.AuditEntry;

/**
 * The MAC of an audit record: HMAC-SHA256 over a canonical encoding of the record's
 * chain, sequence number and content and of its predecessor's MAC. Each field is written
 * with its length (or -1 for null), so that no two different records encode alike.
 * Thread-safe.
 */
final class ChainMac {

	private static final byte[] VERSION = "tongban-audit-v1".getBytes(StandardCharsets.US_ASCII);

	private final SecretKey key;

	ChainMac(SecretKey key) {
		this.key = key;
	}

	/**
	 * The Base64 MAC of the record, after the predecessor's Base64 MAC (null for none).
	 */
	String of(int chain, long sequence, AuditEntry entry, String previousMac) {
		try {
			Mac mac = Mac.getInstance(AuditKeys.MAC_ALGORITHM);
			mac.init(key);
			return Base64.getEncoder().encodeToString(mac.doFinal(encode(chain, sequence, entry, previousMac)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	/** Whether {@code mac} is the record's MAC, compared in constant time. */
	boolean matches(String mac, int chain, long sequence, AuditEntry entry, String previousMac) {
		return MessageDigest.isEqual(of(chain, sequence, entry, previousMac).getBytes(StandardCharsets.US_ASCII),
				mac.getBytes(StandardCharsets.US_ASCII));
	}

	private static byte[] encode(int chain, long sequence, AuditEntry entry, String previousMac) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.write(VERSION);
			out.writeInt(chain);
			out.writeLong(sequence);
			out.writeLong(entry.time().getEpochSecond());
			out.writeInt(entry.time().getNano());
			write(out, entry.actorId() == null ? null : entry.actorId().toString());
			write(out, entry.role());
			write(out, entry.department());
			write(out, entry.clientAddress());
			write(out, entry.requestId());
			write(out, entry.action());
			write(out, entry.objectType());
			write(out, entry.objectId());
			write(out, entry.outcome().name());
			write(out, entry.detail());
			write(out, previousMac);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void write(DataOutputStream out, String value) throws IOException {
		if (value == null) {
			out.writeInt(-1);
			return;
		}
		byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
		out.writeInt(utf8.length);
		out.write(utf8);
	}

}
