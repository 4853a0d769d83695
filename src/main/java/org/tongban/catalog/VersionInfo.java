package org.tongban.catalog;

import java.time.LocalDate;

/**
 * A version of a matter in its history (R2.3): superseded, in force, or scheduled to take
 * effect.
 */
public record VersionInfo(int version, LocalDate effectiveFrom, Status status) {

	public enum Status {

		SUPERSEDED, IN_FORCE, SCHEDULED

	}

}
