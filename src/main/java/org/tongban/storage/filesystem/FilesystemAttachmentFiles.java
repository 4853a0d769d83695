package org.tongban.storage.filesystem;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.tongban.storage.files.AttachmentFiles;

/**
 * Attachment files in a directory of the server, the default store:
 * {@code <directory>/<first two hex digits of the
 * id>/<id>}, so that no directory holds more than a 256th of them. Paths are built from
 * the server's ids alone.
 */
public class FilesystemAttachmentFiles implements AttachmentFiles {

	private final Path directory;

	public FilesystemAttachmentFiles(Path directory) {
		this.directory = directory.toAbsolutePath().normalize();
	}

	/**
	 * Writes to a temporary file beside the final one, forces it to disk, then renames it
	 * in one step.
	 */
	@Override
	public void write(UUID id, Content content) throws IOException {
		Path target = pathOf(id);
		Files.createDirectories(target.getParent());
		Path temporary = Files.createTempFile(target.getParent(), id + ".", ".part");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				OutputStream sink = new BufferedOutputStream(Channels.newOutputStream(channel));
				content.writeTo(sink);
				sink.flush();
				channel.force(true);
			}
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	@Override
	public InputStream read(UUID id) throws IOException {
		return Files.newInputStream(pathOf(id));
	}

	@Override
	public void delete(UUID id) throws IOException {
		Files.deleteIfExists(pathOf(id));
	}

	Path pathOf(UUID id) {
		String name = id.toString();
		return directory.resolve(name.substring(0, 2)).resolve(name);
	}

}
