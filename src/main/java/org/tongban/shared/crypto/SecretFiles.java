package org.tongban.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/**
 * The files under the data directory that hold the demo's secrets (R12.1): made once,
 * readable by the platform's user alone, and shared by every node that finds them there.
 * Production keys come from configuration, never from here.
 */
public final class SecretFiles {

	private SecretFiles() {
	}

	/**
	 * The content of the file, made with the content given if it does not exist yet; when
	 * two nodes make it at once, both read the one that was written first.
	 */
	public static String readOrCreate(Path file, Supplier<String> content) {
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				try {
					Files.writeString(Files.createFile(file, ownerOnly(file)), content.get(),
							StandardCharsets.US_ASCII);
				}
				catch (FileAlreadyExistsException ex) {
					// Another node made it first: use that one.
				}
			}
			return Files.readString(file, StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or make the secret file " + file, ex);
		}
	}

	/** Read and write for the owner alone, where the file system knows POSIX modes. */
	public static FileAttribute<?>[] ownerOnly(Path file) {
		return file.getFileSystem().supportedFileAttributeViews().contains("posix")
				? new FileAttribute<?>[] {
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) }
				: new FileAttribute<?>[0];
	}

}
