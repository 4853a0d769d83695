package org.tongban.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The applicant corrected the items of a correction notice and resubmitted (R4.2): the
 * case returns to its step.
 *
 * @param unchanged the items of the notice they resubmitted as they were when it was
 * issued, having confirmed so
 */
public record ApplicationCorrected(UUID applicationId, String number, UUID correctionId, Instant correctedAt,
		List<CorrectionItem> unchanged) {

	public ApplicationCorrected {
		unchanged = List.copyOf(unchanged);
	}

}
