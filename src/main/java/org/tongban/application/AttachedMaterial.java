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
 * @param licenceId the applicant's electronic licence the file is, where the platform
 * verified it was theirs, valid and of the material's licence type when it was given
 * (R6.5); null for a file uploaded or reused
 */
public record AttachedMaterial(UUID attachmentId, String materialCode, LocalizedText materialName, String licenceType,
		String displayName, String type, long size, String reusedFrom, Instant addedAt, boolean scannedAtWindow,
		String licenceId) {

	/** A file uploaded, reused or scanned: no e-licence. */
	public AttachedMaterial(UUID attachmentId, String materialCode, LocalizedText materialName, String licenceType,
			String displayName, String type, long size, String reusedFrom, Instant addedAt, boolean scannedAtWindow) {
		this(attachmentId, materialCode, materialName, licenceType, displayName, type, size, reusedFrom, addedAt,
				scannedAtWindow, null);
	}

	/**
	 * Whether the file is an e-licence the platform verified when it was given (R6.5).
	 */
	public boolean isLicence() {
		return licenceId != null;
	}

}
