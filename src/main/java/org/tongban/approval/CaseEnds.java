package org.tongban.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * When cases were accepted and ended as the approval side's own tables keep it, read
 * only, for a recount of the statistics (R11).
 */
public interface CaseEnds {

	/** The cases of these ids that have a case file. */
	Map<UUID, CaseEnd> of(Collection<UUID> caseIds);

	/**
	 * @param acceptedOn the day it was accepted (by a clerk, with gaps, by law or by the
	 * platform), null if not
	 * @param endedAt when it ended, null while under way
	 * @param byPlatform granted by the platform without a person (秒批, informed
	 * commitment)
	 */
	record CaseEnd(UUID caseId, LocalDate acceptedOn, Instant endedAt, boolean byPlatform) {
	}

}
