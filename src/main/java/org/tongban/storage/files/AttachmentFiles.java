package org.tongban.storage.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.NoSuchFileException;
import java.util.UUID;

/**
 * Where the sealed files of attachments lie, by attachment id. The files are encrypted
 * before they get here, so a store needs to protect their integrity and availability, not
 * their confidentiality.
 */
public interface AttachmentFiles {

	/**
	 * Writes a file under a new id: afterwards either all of it is there, or, if writing
	 * failed or the process died, nothing under that id.
	 */
	void write(UUID id, Content content) throws IOException;

	/**
	 * @throws NoSuchFileException if there is no file under the id
	 */
	InputStream read(UUID id) throws IOException;

	void delete(UUID id) throws IOException;

	/** Writes the bytes of a file. */
	@FunctionalInterface
	interface Content {

		void writeTo(OutputStream sink) throws IOException;

	}

}
