package org.tongban.storage;

import java.time.Instant;
import java.util.UUID;

/**
 * What the platform knows of a stored attachment, all of it decided by the server except
 * the display name, which was cleaned of anything but display text.
 *
 * @param id server-generated, the only handle on the attachment
 * @param displayName the name to show and offer for download: no path, no control
 * characters, at most {@value Attachments#MAX_DISPLAY_NAME_LENGTH} characters, ending
 * with the extension of its type
 * @param type as the content shows it to be
 * @param size in bytes, of the plaintext
 * @param sha256 of the plaintext, lower-case hexadecimal
 * @param storedAt when it was stored
 */
public record StoredAttachment(UUID id, String displayName, AttachmentType type, long size, String sha256,
		Instant storedAt) {
}
