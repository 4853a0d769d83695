package org.tongban.storage;

import java.time.Instant;
import java.util.UUID;

/** STUB until the storage branch lands. */
public record StoredAttachment(UUID id, String displayName, AttachmentType type, long size, String sha256,
		Instant storedAt) {
}
