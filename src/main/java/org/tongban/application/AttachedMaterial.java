package org.tongban.application;

import java.time.Instant;
import java.util.UUID;

import org.tongban.shared.LocalizedText;

/**
 * A file given for one material of an application. The file name is only display text
 * (R12.2).
 *
 * @param reusedFrom the number of the earlier application the file was first given with,
 * if reused (R3.2)
 * @param scannedAtWindow whether a window clerk scanned it from paper (R4.5): the
 * applicant is not asked for the paper again (R13.4)
 */
public record AttachedMaterial(UUID attachmentId, String materialCode, LocalizedText materialName, String licenceType,
		String displayName, String type, long size, String reusedFrom, Instant addedAt, boolean scannedAtWindow) {
}
