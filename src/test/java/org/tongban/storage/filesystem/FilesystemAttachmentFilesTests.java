package org.tongban.storage.filesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attachment files lie under their ids, spread over subdirectories, and a write that
 * fails halfway leaves nothing under the final name, so that no half file is ever taken
 * for a whole one (R12.2).
 */
class FilesystemAttachmentFilesTests {

	@TempDir
	Path directory;

	@Test
	void aFileLiesUnderTheFirstTwoHexDigitsOfItsId() throws IOException {
		var files = new FilesystemAttachmentFiles(directory);
		UUID id = UUID.fromString("ab3f0c1e-2d4b-4c6a-8e9f-0123456789ab");

		files.write(id, sink -> sink.write(new byte[] { 1, 2, 3 }));

		assertThat(directory.resolve("ab").resolve(id.toString())).hasBinaryContent(new byte[] { 1, 2, 3 });
		try (InputStream read = files.read(id)) {
			assertThat(read.readAllBytes()).containsExactly(1, 2, 3);
		}
		files.delete(id);
		assertThatIOException().isThrownBy(() -> files.read(id)).isInstanceOf(NoSuchFileException.class);
	}

	@Test
	void aWriteThatFailsHalfwayLeavesNothingBehind() throws IOException {
		var files = new FilesystemAttachmentFiles(directory);
		UUID id = UUID.randomUUID();

		assertThatIOException().isThrownBy(() -> files.write(id, sink -> {
			sink.write(new byte[100_000]);
			throw new IOException("disk full");
		}));

		try (var left = Files.walk(directory)) {
			assertThat(left.filter(Files::isRegularFile)).isEmpty();
		}
	}

}
