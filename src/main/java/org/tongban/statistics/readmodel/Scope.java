package org.tongban.statistics.readmodel;

import java.time.LocalDate;

/**
 * The days counted, both included, and the department and matter they are narrowed to
 * (null for all).
 */
public record Scope(LocalDate from, LocalDate to, String department, String matter) {
}
