package org.tongban.storage;

import java.util.UUID;

/**
 * A stored attachment cannot be given back as it was stored: its file is missing, was
 * changed or does not match its checksum. A fault of the platform, not of the caller;
 * logged where it is found.
 */
public class AttachmentDamagedException extends RuntimeException {

	AttachmentDamagedException(UUID id, String why, Throwable cause) {
		super("Attachment " + id + " " + why, cause);
	}

}
