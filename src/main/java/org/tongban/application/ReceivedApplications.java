package org.tongban.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.tongban.identity.AccountKind;
import org.tongban.shared.LocalizedText;

/**
 * The received applications as the statistics recount them from the application side's
 * own tables (R11): read only, page by page in the order of their ids, so that a recount
 * of a million applications never holds them all.
 */
public interface ReceivedApplications {

	/**
	 * @param after the last id of the page before, null for the first page
	 * @return at most {@code size} received applications whose ids follow {@code after}
	 */
	List<Received> after(UUID after, int size);

	/**
	 * The ids of the applications that are members of a bundle (一件事), received or still
	 * waiting for their stage.
	 */
	List<UUID> bundleMembers();

	/**
	 * A received application as it stands.
	 *
	 * @param bundled whether it is a member of a bundle
	 * @param materialsReused the materials it has that are an earlier application's file
	 * or an electronic licence
	 * @param materialsUploaded the materials it has that were uploaded or scanned
	 */
	record Received(UUID id, String number, Instant receivedAt, String matterCode, int matterVersion,
			LocalizedText matterName, String departmentCode, AccountKind applicantKind, Channel channel,
			boolean bundled, ApplicationStatus status, int materialsReused, int materialsUploaded) {
	}

}
