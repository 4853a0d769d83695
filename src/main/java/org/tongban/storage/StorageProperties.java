package org.tongban.storage;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where attachments are kept and how large they may be (R3.3): <pre>
 * tongban.storage.directory=./data/files          TONGBAN_STORAGE_DIRECTORY
 * tongban.storage.max-file-size=20MB              TONGBAN_STORAGE_MAXFILESIZE
 * tongban.storage.max-application-size=100MB      TONGBAN_STORAGE_MAXAPPLICATIONSIZE
 * </pre> A file is checked in memory, so the file limit also bounds the memory an upload
 * takes. Keep {@code spring.servlet.multipart.*} a little above these, so that the
 * storage, not the servlet container, gives the reason of a refusal.
 * <p>
 * Uploads are scanned for viruses by ClamAV's clamd when it is configured, either over
 * TCP or over its Unix socket (ASVS 5.4.3); without it, uploads are not scanned (the
 * demo), and the admin console says so: <pre>
 * tongban.storage.scanner.clamd.host=             TONGBAN_STORAGE_SCANNER_CLAMD_HOST
 * tongban.storage.scanner.clamd.port=3310         TONGBAN_STORAGE_SCANNER_CLAMD_PORT
 * tongban.storage.scanner.clamd.socket=           TONGBAN_STORAGE_SCANNER_CLAMD_SOCKET   e.g. /run/clamav/clamd.ctl
 * tongban.storage.scanner.clamd.connect-timeout=2s
 * tongban.storage.scanner.clamd.timeout=60s       for the whole scan of one file
 * </pre> clamd's {@code StreamMaxLength} must be above the file limit.
 */
@ConfigurationProperties("tongban.storage")
record StorageProperties(@DefaultValue("./data/files") Path directory, @DefaultValue("20MB") DataSize maxFileSize,
		@DefaultValue("100MB") DataSize maxApplicationSize, @DefaultValue Scanner scanner) {

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

	record Scanner(@DefaultValue Clamd clamd) {
	}

	record Clamd(String host, @DefaultValue("3310") int port, Path socket, @DefaultValue("2s") Duration connectTimeout,
			@DefaultValue("60s") Duration timeout) {

		Clamd {
			if (hasHost(host) && socket != null) {
				throw new IllegalStateException(
						"Set tongban.storage.scanner.clamd.host or tongban.storage.scanner.clamd.socket, not both");
			}
		}

		boolean configured() {
			return hasHost(host) || socket != null;
		}

		private static boolean hasHost(String host) {
			return host != null && !host.isBlank();
		}

	}

}
