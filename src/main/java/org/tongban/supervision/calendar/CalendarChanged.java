package org.tongban.supervision.calendar;

import java.time.Year;

/**
 * The administrator changed the arrangement of a year: a day, or the whole year when it
 * was added.
 */
public record CalendarChanged(Year year) {
}
