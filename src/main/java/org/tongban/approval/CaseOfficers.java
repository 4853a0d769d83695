package org.tongban.approval;

import java.util.List;
import java.util.UUID;

/**
 * The members of staff who handled a case, each at the steps they acted on (R5.4): what a
 * satisfaction rating is tied to (R16.3), and whom the separation of duties keeps from
 * judging it.
 */
public interface CaseOfficers {

	/** Who acted on the case, once per person and step, in the order they first acted. */
	List<Officer> of(UUID caseId);

	/**
	 * @param step the step they acted at ({@code org.tongban.application.CaseStep}'s
	 * code)
	 * @param role the role they acted in, e.g. {@code REVIEWER}
	 */
	record Officer(UUID accountId, String name, String role, String departmentCode, String step) {
	}

}
