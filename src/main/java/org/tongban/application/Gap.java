package org.tongban.application;

import java.time.Instant;
import java.time.LocalDate;

import org.tongban.shared.LocalizedText;

/**
 * A material an application was accepted without (容缺受理, R4.3, R15.6): one the matter
 * version lets follow, which the applicant supplies online by the day the clerk set.
 *
 * @param materialName the material's name in the version the application was made under
 * @param suppliedAt when the applicant supplied it, or null
 * @param overdueAt when the platform found it not supplied in time, or null
 */
public record Gap(String materialCode, LocalizedText materialName, LocalDate supplyBy, Instant suppliedAt,
		Instant overdueAt) {

	public boolean isSupplied() {
		return suppliedAt != null;
	}

	public boolean isOverdue() {
		return overdueAt != null;
	}

	/** Still to be supplied: neither supplied nor found overdue. */
	public boolean isOpen() {
		return suppliedAt == null && overdueAt == null;
	}

	/**
	 * Where a case's gaps stand, as its work queue shows it to the reviewer (R15.6): one
	 * found not supplied in time outweighs one still awaited, which outweighs all
	 * supplied (the order of the constants).
	 */
	public enum State {

		SUPPLIED, AWAITED, OVERDUE

	}

}
