package org.tongban.supervision;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The reads of an applicant's data by staff, as the audit trail keeps them (R8.4), for
 * the applicant to see (R16.1): a member of staff opening one of their cases
 * ({@code case.view}), or being shown one of their numbers in full
 * ({@code person.unmask}). Who read is named by role and department only, never by name.
 */
public interface CaseReadings {

	/**
	 * The newest reads first.
	 * @param caseNumbers the applicant's cases
	 * @param subject the applicant's account, whose numbers may have been shown
	 * @param limit at most this many
	 */
	List<CaseReading> newest(Collection<String> caseNumbers, UUID subject, int limit);

	/** How many reads {@link #newest} finds in all. */
	long count(Collection<String> caseNumbers, UUID subject);

	/**
	 * One read by staff.
	 *
	 * @param at when
	 * @param kind what was read
	 * @param role the reader's roles, e.g. {@code REVIEWER}
	 * @param department the reader's departments, or null
	 * @param caseNumber the case, or null where the record does not name one
	 * @param supervision whether a supervisor read it for supervision
	 * @param refused whether the read was refused
	 */
	record CaseReading(Instant at, Kind kind, String role, String department, String caseNumber, boolean supervision,
			boolean refused) {
	}

	enum Kind {

		/** A member of staff opened the case. */
		CASE_VIEW,

		/** A member of staff was shown a personal number in full. */
		UNMASK

	}

}
