package org.tongban.supervision.audit;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.springframework.stereotype.Component;
import org.tongban.supervision.audit.AuditRecords.ChainedRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The archives of the audit trail (R8.4): the records of a chain segment, older than the
 * retention, as gzip-compressed JSON lines
 * {@code chain-<chain>-<first sequence>-<last sequence>.jsonl.gz} under
 * {@code tongban.audit.archives}, each with its ECDSA P-256 signature under the anchor
 * key beside it ({@code .sig}, Base64 of DER, over the compressed bytes). An archive
 * altered, replaced or re-signed without the key no longer matches its signature.
 */
@Component
class AuditArchives {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern NAME = Pattern.compile("chain-(\\d{4})-(\\d{12})-(\\d{12})\\.jsonl\\.gz");

	private final KeyPair keys;

	private final Path directory;

	AuditArchives(AuditKeys keys, AuditProperties properties) {
		this.keys = keys.anchorKeys();
		this.directory = properties.archives();
	}

	/** Writes the records, one segment of a chain in order, into a signed archive. */
	Path write(int chain, List<ChainedRecord> records) {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (Writer out = new OutputStreamWriter(new GZIPOutputStream(compressed), StandardCharsets.UTF_8)) {
			for (ChainedRecord record : records) {
				out.write(JSON.writeValueAsString(record));
				out.write('\n');
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] bytes = compressed.toByteArray();
		String name = "chain-%04d-%012d-%012d.jsonl.gz".formatted(chain, records.get(0).sequence(),
				records.get(records.size() - 1).sequence());
		try {
			Files.createDirectories(directory);
			Path file = directory.resolve(name);
			place(file, bytes);
			place(signatureOf(file), Base64.getEncoder().encode(sign(bytes)));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write an audit archive under " + directory, ex);
		}
	}

	/** The archives of a chain, by their first sequence number. */
	List<Archive> of(int chain) {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			List<Archive> archives = new ArrayList<>();
			files.forEach(file -> {
				Matcher name = NAME.matcher(file.getFileName().toString());
				if (name.matches() && Integer.parseInt(name.group(1)) == chain) {
					archives.add(new Archive(file, Long.parseLong(name.group(2)), Long.parseLong(name.group(3))));
				}
			});
			archives.sort(Comparator.comparingLong(Archive::first));
			return archives;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the audit archives under " + directory, ex);
		}
	}

	/**
	 * The records of an archive, or null when its signature is missing or wrong or it
	 * does not read: it was altered after it was written.
	 */
	List<ChainedRecord> read(Archive archive) {
		try {
			byte[] bytes = Files.readAllBytes(archive.file());
			Path signature = signatureOf(archive.file());
			if (!Files.exists(signature) || !signatureValid(bytes, Files.readAllBytes(signature))) {
				return null;
			}
			List<ChainedRecord> records = new ArrayList<>();
			try (BufferedReader lines = new BufferedReader(new InputStreamReader(
					new GZIPInputStream(new java.io.ByteArrayInputStream(bytes)), StandardCharsets.UTF_8))) {
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					records.add(JSON.readValue(line, ChainedRecord.class));
				}
			}
			return records;
		}
		catch (IOException | JacksonException | IllegalArgumentException ex) {
			return null;
		}
	}

	private static Path signatureOf(Path archive) {
		return archive.resolveSibling(archive.getFileName() + ".sig");
	}

	/** Written aside, then moved in place: a reader sees a whole file or none. */
	private void place(Path file, byte[] bytes) throws IOException {
		Path written = Files.createTempFile(directory, "archive-", ".part");
		Files.write(written, bytes);
		Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private byte[] sign(byte[] bytes) {
		try {
			Signature signature = Signature.getInstance(AuditKeys.SIGNATURE_ALGORITHM);
			signature.initSign(keys.getPrivate());
			signature.update(bytes);
			return signature.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot sign an audit archive", ex);
		}
	}

	private boolean signatureValid(byte[] bytes, byte[] signature) {
		try {
			Signature verification = Signature.getInstance(AuditKeys.SIGNATURE_ALGORITHM);
			verification.initVerify(keys.getPublic());
			verification.update(bytes);
			return verification
				.verify(Base64.getDecoder().decode(new String(signature, StandardCharsets.US_ASCII).strip()));
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			return false;
		}
	}

	/** An archive file and the sequence numbers its name says it holds. */
	record Archive(Path file, long first, long last) {

		String name() {
			return file.getFileName().toString();
		}

	}

}
