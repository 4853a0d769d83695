package org.tongban.statistics.console;

import static org.tongban.shared.web.FilterFields.code;
import static org.tongban.shared.web.FilterFields.date;
import static org.tongban.shared.web.FilterFields.isBlank;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.SortedSet;

import org.springframework.validation.Errors;
import org.tongban.statistics.readmodel.Scope;

/**
 * The console's filters, read: the days counted, the grain of the volume, and the
 * department and matter (null for all).
 */
record Filter(Scope scope, Grain grain) {

	/** The longest period, in days: five years. */
	static final int MAX_DAYS = 1827;

	/** The longest period shown day by day. */
	static final int MAX_DAYS_BY_DAY = 366;

	/**
	 * The filters of the form, this year to today by month when it names no dates; a
	 * department leader's department is always theirs ({@code own}, the first when they
	 * lead several and name none of them). Null with the problems put on the fields when
	 * they are not filters.
	 * @param own the departments the caller may see, null for all
	 */
	static Filter of(StatisticsForm form, Errors errors, LocalDate today, SortedSet<String> own) {
		boolean blank = isBlank(form.getFrom()) && isBlank(form.getTo());
		LocalDate from = blank ? today.withDayOfYear(1) : date(form.getFrom(), "from", errors, "statistics.filter");
		LocalDate to = blank ? today : date(form.getTo(), "to", errors, "statistics.filter");
		if (blank) {
			form.setFrom(from.toString());
			form.setTo(to.toString());
		}
		Grain grain = Grain.MONTH;
		if (!isBlank(form.getGrain())) {
			try {
				grain = Grain.valueOf(form.getGrain().strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("grain", "statistics.filter.grain.invalid");
			}
		}
		form.setGrain(grain.name());
		if (from != null && to != null) {
			long days = ChronoUnit.DAYS.between(from, to) + 1;
			if (to.isBefore(from)) {
				errors.rejectValue("to", "statistics.filter.order");
			}
			else if (days > MAX_DAYS) {
				errors.rejectValue("to", "statistics.filter.tooLong", new Object[] { MAX_DAYS }, null);
			}
			else if (grain == Grain.DAY && days > MAX_DAYS_BY_DAY) {
				errors.rejectValue("grain", "statistics.filter.tooManyDays", new Object[] { MAX_DAYS_BY_DAY }, null);
			}
		}
		String department = code(form.getDepartment());
		if (own != null && (department == null || !own.contains(department))) {
			department = own.first();
			form.setDepartment(department);
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new Filter(new Scope(from, to, department, code(form.getMatter())), grain);
	}

}
