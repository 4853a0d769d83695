package org.tongban.supervision.web;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;

import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.audit.Audit;
import org.tongban.supervision.DayKind;
import org.tongban.supervision.WorkingDayCalendar;
import org.tongban.supervision.calendar.CalendarArrangements;
import org.tongban.supervision.calendar.YearArrangement;

/**
 * The system administrator's page of the working-day calendar (R8.1): a loaded year's
 * holidays and adjusted working days, a form to list one more date and a button to remove
 * one. The service's refusals appear next to the field they concern; time limits follow
 * every change at once (R15.1), and each is recorded in the audit trail
 * ({@code calendar.change}, R8.4). Only system administrators reach it (the identity
 * module's access rules).
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarAdminPage {

	private final CalendarArrangements arrangements;

	private final WorkingDayCalendar calendar;

	private static final String ACTION = "calendar.change";

	/** The audited object: the calendar of a year. */
	private static final String CALENDAR = "calendar";

	private final Audit audit;

	/** Each change and its audit record commit together. */
	private final TransactionTemplate transactions;

	CalendarAdminPage(CalendarArrangements arrangements, WorkingDayCalendar calendar, Audit audit,
			TransactionTemplate transactions) {
		this.arrangements = arrangements;
		this.calendar = calendar;
		this.audit = audit;
		this.transactions = transactions;
	}

	@GetMapping
	String year(@RequestParam(required = false) Year year, @ModelAttribute("entry") CalendarForm form, Model model) {
		Year shown = year != null ? year : calendar.loadedYears().last();
		model.addAttribute("years", calendar.loadedYears());
		model.addAttribute("provisionalYears", calendar.provisionalYears());
		model.addAttribute("arrangement",
				arrangements.year(shown)
					.orElseThrow(() -> new NotFoundException("supervision.calendar.yearNotFound", shown.toString(),
							calendar.loadedYears().toString())));
		return "admin/calendar";
	}

	@PostMapping
	String declare(@AuthenticationPrincipal Actor admin, @ModelAttribute("entry") CalendarForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		LocalDate date;
		try {
			date = LocalDate.parse(form.getDate() == null ? "" : form.getDate().strip());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue("date", "supervision.calendar.admin.dateFormat");
			return year(null, form, model);
		}
		LocalizedText name = form.getName() == null || form.getName().isBlank() ? null
				: LocalizedText.of(form.getName().strip(), form.getNameEn() == null ? null : form.getNameEn().strip());
		DayKind kind = DayKind.ADJUSTED_WORKING_DAY.name().equals(form.getKind()) ? DayKind.ADJUSTED_WORKING_DAY
				: DayKind.HOLIDAY;
		try {
			transactions.executeWithoutResult(status -> {
				if (kind == DayKind.ADJUSTED_WORKING_DAY) {
					arrangements.declareAdjustedWorkingDay(date, name);
				}
				else {
					arrangements.declareHoliday(date, name);
				}
				audit.succeeded(admin.audited(), ACTION, CALENDAR, date.getYear(), "declare " + date + " " + kind);
			});
		}
		catch (InvalidParameterException refused) {
			audit.failed(admin.audited(), ACTION, CALENDAR, date.getYear(),
					"declare " + date + " " + kind + " " + Audit.reason(refused));
			errors.rejectValue(refused.parameter(), refused.messageCode(), refused.messageArgs(), null);
			Year year = Year.from(date);
			return year(calendar.loadedYears().contains(year) ? year : null, form, model);
		}
		redirect.addFlashAttribute("done", "supervision.calendar.admin.declared");
		redirect.addFlashAttribute("doneDate", date);
		return "redirect:/admin/calendar?year=" + date.getYear();
	}

	/**
	 * The form that loads a year's arrangement, filled in with the days the year is
	 * counted by provisionally.
	 */
	@GetMapping("/new")
	String newYear(@RequestParam(required = false) Year year, @ModelAttribute("entry") CalendarYearForm form,
			Model model) {
		Year loading = yearToLoad(year);
		if (form.getDays() == null) {
			form.setDays(CalendarYearForm.lines(arrangements.provisional(loading).days()));
		}
		model.addAttribute("year", loading);
		return "admin/calendar-new";
	}

	@PostMapping("/new")
	String loadYear(@AuthenticationPrincipal Actor admin, @RequestParam Year year,
			@ModelAttribute("entry") CalendarYearForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Year loading = yearToLoad(year);
		LocalDate publishedOn = null;
		try {
			publishedOn = LocalDate.parse(form.getPublishedOn() == null ? "" : form.getPublishedOn().strip());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue("publishedOn", "supervision.calendar.admin.dateFormat");
		}
		if (form.getSource() == null || form.getSource().isBlank()) {
			errors.rejectValue("source", "supervision.calendar.sourceMissing");
		}
		if (errors.hasErrors()) {
			return newYear(loading, form, model);
		}
		LocalDate published = publishedOn;
		try {
			transactions.executeWithoutResult(status -> {
				// The lines are read here too: one that cannot be is refused like a wrong
				// day.
				arrangements.addYear(new YearArrangement(loading, LocalizedText.of(form.getSource().strip(), null),
						published, form.listedDays()));
				audit.succeeded(admin.audited(), ACTION, CALENDAR, loading, "add-year");
			});
		}
		catch (InvalidParameterException refused) {
			audit.failed(admin.audited(), ACTION, CALENDAR, loading, "add-year " + Audit.reason(refused));
			errors.rejectValue("year".equals(refused.parameter()) ? "days" : refused.parameter(), refused.messageCode(),
					refused.messageArgs(), null);
			return newYear(loading, form, model);
		}
		redirect.addFlashAttribute("done", "supervision.calendar.admin.loaded");
		redirect.addFlashAttribute("doneDate", loading.toString());
		return "redirect:/admin/calendar?year=" + loading;
	}

	/** A year counted provisionally: the one asked for, or the first. */
	private Year yearToLoad(Year asked) {
		return calendar.provisionalYears()
			.stream()
			.filter(year -> asked == null || year.equals(asked))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("supervision.calendar.admin.nothingToLoad",
					asked == null ? "" : asked.toString()));
	}

	@PostMapping("/remove")
	String remove(@AuthenticationPrincipal Actor admin, @RequestParam LocalDate date, RedirectAttributes redirect) {
		transactions.executeWithoutResult(status -> {
			arrangements.remove(date);
			audit.succeeded(admin.audited(), ACTION, CALENDAR, date.getYear(), "remove " + date);
		});
		redirect.addFlashAttribute("done", "supervision.calendar.admin.removed");
		redirect.addFlashAttribute("doneDate", date);
		return "redirect:/admin/calendar?year=" + date.getYear();
	}

}
