package org.tongban.storage.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.tongban.storage.AttachmentRefusedException;
import org.tongban.storage.AttachmentRefusedException.Reason;

/**
 * Looks into a ZIP container, as an OFD file is, before anybody unpacks it: every entry
 * is inflated and counted, because the sizes an archive declares are the attacker's to
 * choose. Refused are archive bombs (too much inflated in all, or too much for the size
 * of the archive), too many entries, archives within the archive, and entries whose names
 * would escape the directory they are unpacked to.
 */
final class ContainerInspection {

	static final int MAX_ENTRIES = 10_000;

	/**
	 * Text and images of a document compress some 2 to 20 times; runs of zeros some 1000
	 * times.
	 */
	static final int MAX_INFLATION = 100;

	/** The entry that makes a container an OFD document (GB/T 33190, 7.1). */
	private static final String OFD_ROOT = "OFD.xml";

	private static final List<byte[]> ARCHIVES = List.of(ContentInspection.ZIP, // ZIP,
																				// OFD,
																				// Office
			new byte[] { 0x1F, (byte) 0x8B }, // gzip
			HiddenArchives.RAR, HiddenArchives.SEVEN_ZIP);

	private static final int LONGEST_ARCHIVE_SIGNATURE = 6;

	private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:.*");

	private final long maxInflated;

	ContainerInspection(long maxInflated) {
		this.maxInflated = maxInflated;
	}

	/**
	 * @return whether the container is an OFD document; any other ZIP (a plain archive,
	 * an Office document) is harmless here but not a type allowed
	 * @throws AttachmentRefusedException if it is no sound ZIP or a dangerous one
	 */
	boolean isOfd(byte[] container) {
		long limit = Math.min(maxInflated, (long) MAX_INFLATION * container.length);
		long inflated = 0;
		int entries = 0;
		boolean ofd = false;
		byte[] buffer = new byte[8192];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(container))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (++entries > MAX_ENTRIES) {
					throw new AttachmentRefusedException(Reason.ARCHIVE_TOO_MANY_ENTRIES, MAX_ENTRIES);
				}
				if (escapes(entry.getName())) {
					throw new AttachmentRefusedException(Reason.ARCHIVE_UNSAFE_PATH);
				}
				ofd |= entry.getName().equals(OFD_ROOT);
				byte[] start = zip.readNBytes(LONGEST_ARCHIVE_SIGNATURE);
				if (isArchive(start)) {
					throw new AttachmentRefusedException(Reason.ARCHIVE_NESTED);
				}
				inflated += start.length;
				for (int read = zip.read(buffer); read >= 0 && inflated <= limit; read = zip.read(buffer)) {
					inflated += read;
				}
				if (inflated > limit) {
					throw new AttachmentRefusedException(Reason.ARCHIVE_BOMB);
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			// Also names that are not valid in the archive's encoding.
			throw new AttachmentRefusedException(Reason.ARCHIVE_CORRUPT);
		}
		if (entries == 0) {
			throw new AttachmentRefusedException(Reason.ARCHIVE_CORRUPT);
		}
		return ofd;
	}

	private static boolean escapes(String name) {
		String path = name.replace('\\', '/');
		return path.startsWith("/") || DRIVE.matcher(path).matches() || List.of(path.split("/")).contains("..");
	}

	private static boolean isArchive(byte[] start) {
		return ARCHIVES.stream().anyMatch(signature -> ContentInspection.startsWith(start, signature));
	}

}
