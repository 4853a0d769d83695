package org.tongban.licence.renewal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A licence renewed by law (行政许可法 art. 50, R15.5): its renewal application was submitted
 * in time and not decided by the end of its last valid day, so its validity was extended
 * by its period.
 *
 * @param renewalCaseId the renewal application, still to be decided
 */
public record DeemedRenewal(String licenceId, LocalDate oldValidUntil, LocalDate newValidUntil, UUID renewalCaseId,
		String renewalCaseNumber, Instant at) {
}
