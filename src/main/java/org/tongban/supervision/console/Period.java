package org.tongban.supervision.console;

import static org.tongban.shared.web.FilterFields.code;
import static org.tongban.shared.web.FilterFields.date;
import static org.tongban.shared.web.FilterFields.isBlank;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.validation.Errors;
import org.tongban.shared.web.ReportFilterForm;

/**
 * A period of the console, both days included, with the department and matter the overdue
 * report is narrowed to (null for all).
 */
record Period(LocalDate from, LocalDate to, String department, String matter) {

	/** The longest period, so that a report stays a report. */
	static final int MAX_DAYS = 366;

	/**
	 * The period of the form, from the first day of this year to today when it names no
	 * dates; null with the problems put on its fields when it is not a period.
	 */
	static Period of(ReportFilterForm form, Errors errors, LocalDate today) {
		boolean blank = isBlank(form.getFrom()) && isBlank(form.getTo());
		LocalDate from = blank ? today.withDayOfYear(1)
				: date(form.getFrom(), "from", errors, "supervision.console.period");
		LocalDate to = blank ? today : date(form.getTo(), "to", errors, "supervision.console.period");
		if (blank) {
			form.setFrom(from.toString());
			form.setTo(to.toString());
		}
		if (from != null && to != null) {
			if (to.isBefore(from)) {
				errors.rejectValue("to", "supervision.console.period.order");
			}
			else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
				errors.rejectValue("to", "supervision.console.period.tooLong", new Object[] { MAX_DAYS }, null);
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new Period(from, to, code(form.getDepartment()), code(form.getMatter()));
	}

}
