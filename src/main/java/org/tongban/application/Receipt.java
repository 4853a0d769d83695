package org.tongban.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The receipt of a submitted application (R3.4, R3.5): its number and query code, when it
 * was received, the day its clock starts (the next working day after receipt, R15.1) and
 * the last day for the decision on acceptance (5 working days, 行政许可法 art. 32). The two
 * dates are null while the working-day calendar of their year is not published: the
 * application is received all the same.
 */
public record Receipt(String number, String queryCode, Instant receivedAt, LocalDate clockStartsOn,
		LocalDate acceptanceDueOn) {
}
