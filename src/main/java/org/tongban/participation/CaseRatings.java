package org.tongban.participation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The ratings given to cases (by their applicants or by default), as the participation
 * side's own table keeps them, read only, for a recount of the statistics (R11): the same
 * facts {@link CaseRated} told.
 */
public interface CaseRatings {

	/** The ratings given of the cases of these ids. */
	List<GivenRating> of(Collection<UUID> caseIds);

	record GivenRating(UUID caseId, String number, String matterCode, String departmentCode, Satisfaction satisfaction,
			Instant ratedAt) {
	}

}
