package org.tongban.supervision;

import java.time.Year;

/**
 * The working-day calendar of a year changed and the case clocks have taken it in
 * (R15.1): a clock may have got its first date, and every due day in that year may have
 * moved. Whoever keeps a moment derived from a clock (a Flowable timer) reads it again.
 */
public record ClockDatesChanged(Year year) {
}
