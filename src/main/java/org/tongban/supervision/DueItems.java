package org.tongban.supervision;

import java.time.LocalDate;
import java.util.List;

import org.tongban.identity.Role;
import org.tongban.shared.LocalizedText;

/**
 * Deadlines kept by other modules that the supervision office watches as it watches case
 * clocks (R8.3): the answers departments owe to complaints, suggestions and reports
 * (R10.1), and the rectifications they owe on justified bad ratings (R15.8). The items
 * are the participation side's, which implements this port, so that supervision need not
 * depend on it nor read its tables. Each item still owed is warned of once per due day
 * and level ({@link DueItemWarned}) and climbs the escalation ladder once per due day and
 * rung ({@link DueItemEscalated}), as a case does.
 */
public interface DueItems {

	/** The items still owed whose due day is on or before {@code lastDay}. */
	List<DueItem> dueBy(LocalDate lastDay);

	/** What is owed. */
	enum Kind {

		/** A department's answer to a complaint, suggestion or report. */
		FEEDBACK,

		/** A department's rectification of a justified bad rating, with its reply. */
		RECTIFICATION

	}

	/**
	 * @param reference the item's number within its kind: a feedback's tracking number,
	 * or the number of the case whose bad rating is rectified
	 * @param what what is owed, as notices and the console name it (e.g. 投诉)
	 * @param answeredBy the roles in the department whose holders see to it: they are
	 * warned, with the department's approvers
	 * @param departmentLink the department's page of the item, which the holders of the
	 * {@code answeredBy} roles open, relative to the platform's base address
	 * @param supervisionLink the supervision office's page of it
	 */
	record DueItem(Kind kind, String reference, String departmentCode, LocalizedText what, LocalDate dueOn,
			List<Role> answeredBy, String departmentLink, String supervisionLink) {

		public DueItem {
			answeredBy = List.copyOf(answeredBy);
		}

	}

}
