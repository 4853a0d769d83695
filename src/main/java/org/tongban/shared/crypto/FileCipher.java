package org.tongban.shared.crypto;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;

import javax.crypto.AEADBadTagException;

import org.tongban.shared.crypto.DecryptionException.Reason;
import org.tongban.shared.crypto.EncryptionKeys.Key;

/**
 * Encrypts files at rest (R12.2), such as the materials applicants upload, with the keys
 * and ciphers of {@link FieldCipher}. A file is sealed in segments of
 * {@value #SEGMENT_LENGTH} bytes, so that neither sealing nor opening holds more than a
 * segment, and no byte is released before its segment is authenticated: <pre>
 * f1.&lt;key id&gt;.&lt;algorithm&gt;\n                      header, ASCII
 * IV (12) ‖ last (1) ‖ length (4) ‖ ciphertext ‖ tag (16)   each segment
 * </pre> Each segment has a fresh random IV, and the header, the segment's number and
 * whether it is the last are its associated data: a file cannot be moved to another key,
 * nor its segments reordered, dropped or cut off unnoticed. Keys rotate by id as for
 * {@link FieldCipher}: files under any configured key remain readable. A file of 20 MB
 * uses some 80 IVs of its key's 2<sup>32</sup>.
 * <p>
 * Thread-safe.
 */
public final class FileCipher {

	static final int SEGMENT_LENGTH = 256 * 1024;

	private static final String VERSION = "f1";

	private static final int MAX_HEADER_LENGTH = 64;

	private final SecureRandom random = new SecureRandom();

	private final EncryptionKeys keys;

	/** As {@link FieldCipher#FieldCipher}. */
	public FileCipher(CipherAlgorithm algorithm, String activeKeyId, Map<String, byte[]> keys) {
		this.keys = new EncryptionKeys(algorithm, activeKeyId, keys);
	}

	/** The key that seals new files, to record beside them. */
	public String activeKeyId() {
		return keys.active().id();
	}

	/**
	 * Seals all of {@code plaintext} under the active key into {@code sealed}, leaving
	 * both open.
	 */
	public void encrypt(InputStream plaintext, OutputStream sealed) throws IOException {
		Key key = keys.active();
		byte[] header = (VERSION + "." + key.id() + "." + key.algorithm().token()).getBytes(StandardCharsets.US_ASCII);
		sealed.write(header);
		sealed.write('\n');
		byte[] segment = plaintext.readNBytes(SEGMENT_LENGTH);
		for (long index = 0;; index++) {
			byte[] next = plaintext.readNBytes(SEGMENT_LENGTH);
			boolean last = next.length == 0;
			byte[] iv = new byte[CipherAlgorithm.IV_LENGTH];
			random.nextBytes(iv);
			byte[] ciphertext = key.algorithm().seal(key.secret(), iv, associatedData(header, index, last), segment);
			sealed.write(iv);
			sealed.write(last ? 1 : 0);
			sealed.write(ByteBuffer.allocate(Integer.BYTES).putInt(ciphertext.length).array());
			sealed.write(ciphertext);
			if (last) {
				return;
			}
			segment = next;
		}
	}

	/**
	 * The plaintext of a file sealed under any configured key, opened segment by segment
	 * as it is read.
	 * @throws DecryptionException when the header is read (closing {@code sealed}), or
	 * later from {@code read}, if the file is malformed, its key is not configured, or it
	 * was changed
	 */
	public InputStream decrypt(InputStream sealed) throws IOException {
		try {
			return new Opening(sealed);
		}
		catch (IOException | RuntimeException ex) {
			sealed.close();
			throw ex;
		}
	}

	private static byte[] associatedData(byte[] header, long index, boolean last) {
		return ByteBuffer.allocate(header.length + Long.BYTES + 1)
			.put(header)
			.putLong(index)
			.put((byte) (last ? 1 : 0))
			.array();
	}

	private static DecryptionException malformed() {
		return new DecryptionException(Reason.MALFORMED,
				"Not a sealed file: expected " + VERSION + ".<key id>.<algorithm> and sealed segments");
	}

	private final class Opening extends InputStream {

		private final DataInputStream sealed;

		private final byte[] header;

		private final Key key;

		private long index;

		private boolean done;

		private ByteBuffer plaintext = ByteBuffer.allocate(0);

		Opening(InputStream sealed) throws IOException {
			this.sealed = new DataInputStream(sealed);
			this.header = readHeader();
			String[] parts = new String(header, StandardCharsets.US_ASCII).split("\\.", -1);
			if (parts.length != 3 || !VERSION.equals(parts[0]) || !EncryptionKeys.KEY_ID.matcher(parts[1]).matches()
					|| !EncryptionKeys.ALGORITHM.matcher(parts[2]).matches()) {
				throw malformed();
			}
			this.key = keys.sealing(parts[1], parts[2]);
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			while (!plaintext.hasRemaining()) {
				if (done) {
					return -1;
				}
				plaintext = ByteBuffer.wrap(nextSegment());
			}
			int count = Math.min(length, plaintext.remaining());
			plaintext.get(buffer, offset, count);
			return count;
		}

		@Override
		public void close() throws IOException {
			sealed.close();
		}

		private byte[] readHeader() throws IOException {
			ByteArrayOutputStream text = new ByteArrayOutputStream();
			for (int next = sealed.read(); next != '\n'; next = sealed.read()) {
				if (next < 0 || text.size() == MAX_HEADER_LENGTH) {
					throw malformed();
				}
				text.write(next);
			}
			return text.toByteArray();
		}

		private byte[] nextSegment() throws IOException {
			try {
				byte[] iv = new byte[CipherAlgorithm.IV_LENGTH];
				sealed.readFully(iv);
				int last = sealed.readUnsignedByte();
				int length = sealed.readInt();
				if (last > 1 || length < CipherAlgorithm.TAG_LENGTH
						|| length > SEGMENT_LENGTH + CipherAlgorithm.TAG_LENGTH) {
					throw malformed();
				}
				byte[] ciphertext = new byte[length];
				sealed.readFully(ciphertext);
				done = last == 1;
				if (done && sealed.read() >= 0) {
					throw tampered("has bytes after its last segment");
				}
				return key.algorithm().open(key.secret(), iv, associatedData(header, index++, done), ciphertext);
			}
			catch (EOFException ex) {
				throw tampered("was cut off");
			}
			catch (AEADBadTagException ex) {
				throw tampered("does not authenticate: it was changed");
			}
		}

		private DecryptionException tampered(String what) {
			return new DecryptionException(Reason.TAMPERED, "The file sealed under key '" + key.id() + "' " + what);
		}

	}

}
