package org.tongban.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.tongban.shared.LocalizedText;

/**
 * An expert asked for an opinion on a case (R5.3), and the opinion once given.
 *
 * @param question what the reviewer asks the experts, the reason of the special period
 * @param assignedAt when the expert review started
 * @param open whether the expert may still give their opinion: not given yet, and the
 * review neither ended early by the reviewer nor the case ended
 * @param opinion the opinion, or null while none is given
 */
public record ExpertAssignment(UUID id, String number, LocalizedText matterName, UUID expertId, String expertName,
		LocalDate dueOn, Instant assignedAt, String question, boolean open, Opinion opinion) {

	/**
	 * @param attachmentId the file the expert gave with it, or null
	 */
	public record Opinion(ExpertOutcome outcome, String text, Instant at, UUID attachmentId, String attachmentName) {
	}

}
