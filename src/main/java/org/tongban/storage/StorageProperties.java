package org.tongban.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where attachments are kept and how large they may be (R3.3):
 * <pre>
 * tongban.storage.directory=./data/files          TONGBAN_STORAGE_DIRECTORY
 * tongban.storage.max-file-size=20MB              TONGBAN_STORAGE_MAXFILESIZE
 * tongban.storage.max-application-size=100MB      TONGBAN_STORAGE_MAXAPPLICATIONSIZE
 * </pre>
 * A file is checked in memory, so the file limit also bounds the memory an upload takes. Keep
 * {@code spring.servlet.multipart.*} a little above these, so that the storage, not the servlet container, gives
 * the reason of a refusal.
 */
@ConfigurationProperties("tongban.storage")
record StorageProperties(@DefaultValue("./data/files") Path directory, @DefaultValue("20MB") DataSize maxFileSize,
		@DefaultValue("100MB") DataSize maxApplicationSize) {

	private static final DataSize LARGEST_FILE = DataSize.ofMegabytes(1024);

	StorageProperties {
		if (maxFileSize.toBytes() < 1 || maxFileSize.compareTo(LARGEST_FILE) > 0) {
			throw new IllegalStateException(
					"tongban.storage.max-file-size must be between 1B and " + LARGEST_FILE + ", not " + maxFileSize);
		}
		if (maxApplicationSize.compareTo(maxFileSize) < 0) {
			throw new IllegalStateException("tongban.storage.max-application-size (" + maxApplicationSize
					+ ") must not be below tongban.storage.max-file-size (" + maxFileSize + ")");
		}
	}

}
