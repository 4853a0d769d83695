package org.tongban.application.datause;

import java.time.Instant;
import java.util.List;

import org.tongban.shared.LocalizedText;

/**
 * One read of an applicant's data as they see it on their data-use page (R16.1): when,
 * who read it (a department and a role, never an officer's name), why, for which case,
 * and whether the reader was answered or refused.
 *
 * @param at when
 * @param kind how the data was read
 * @param source the registry read, or {@code null} for a read of a case
 * @param departments the departments that read, code and name; empty for the platform's
 * own reads of a registry
 * @param roles the reader's roles, e.g. {@code REVIEWER}; empty but for staff
 * @param purpose why
 * @param caseNumber the case the read served, or {@code null}
 * @param answered whether the reader was given what it asked for
 */
public record DataUse(Instant at, Kind kind, String source, List<DepartmentName> departments, List<String> roles,
		LocalizedText purpose, String caseNumber, boolean answered) {

	public enum Kind {

		/** A module of the platform read a base registry, e.g. to fill in a form. */
		REGISTRY_READ,

		/** Another department's system asked the exchange API. */
		EXCHANGE_REQUEST,

		/** A member of staff opened a case. */
		CASE_VIEW,

		/** A member of staff was shown a personal number in full. */
		UNMASK

	}

	/** A department by its code and name. */
	public record DepartmentName(String code, LocalizedText name) {
	}

}
