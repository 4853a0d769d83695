package org.tongban.approval;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An expert a reviewer asks for an opinion, and the day it is due by.
 *
 * @param expertId an expert of the case's {@link CaseWork#expertCandidates candidates}
 */
public record ExpertDue(UUID expertId, LocalDate dueOn) {
}
