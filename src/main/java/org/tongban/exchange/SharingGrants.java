package org.tongban.exchange;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The grants of the sharing catalogue (R9.5), table {@code exchange_grant}: which
 * department's systems may read which data element of another department, for which
 * purpose, until when. The exchange API answers only within them (R9.3).
 */
public interface SharingGrants {

	/**
	 * The grant in force on a day that lets a department's systems read an element for a
	 * purpose, if any: granted, and {@code on} not after its end date.
	 */
	Optional<Grant> inForce(String clientDepartment, String elementCode, String purpose, LocalDate on);

	/**
	 * A grant in force.
	 *
	 * @param validUntil the last day it holds
	 * @param purposeText the purpose in words, as the data subject is shown it (R16.1)
	 */
	record Grant(UUID id, String clientDepartment, String ownerDepartment, String elementCode, String purpose,
			LocalDate validUntil, String purposeText) {

		/** A grant whose purpose is told by its code alone. */
		public Grant(UUID id, String clientDepartment, String ownerDepartment, String elementCode, String purpose,
				LocalDate validUntil) {
			this(id, clientDepartment, ownerDepartment, elementCode, purpose, validUntil, purpose);
		}

	}

}
