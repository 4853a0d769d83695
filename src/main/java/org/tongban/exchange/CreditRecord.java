package org.tongban.exchange;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A credit event of the credit register (信用记录): what happened, to whom, when it was
 * recorded and until when it counts.
 *
 * @param caseReference the case it arose from, or null
 * @param reason why, in Chinese, the language of the record
 * @param recordedBy who wrote it: a member of staff's id, or {@code system}
 */
public record CreditRecord(UUID id, CreditSubject subject, CreditEventKind kind, LocalDate recordedOn,
		LocalDate expiresOn, String caseReference, String reason, String recordedBy) {

	/** Whether it still counts on the day. */
	public boolean inForceOn(LocalDate day) {
		return !day.isBefore(recordedOn) && day.isBefore(expiresOn);
	}

}
