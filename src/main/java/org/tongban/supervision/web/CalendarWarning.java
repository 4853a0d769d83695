package org.tongban.supervision.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tongban.identity.Role;
import org.tongban.supervision.WorkingDayCalendar;

/**
 * Tells the system administrator on every page of the admin console that a year's
 * arrangement is due and not loaded (R8.1): from 1 November for next year, whose due days
 * December's cases already count provisionally. The layout shows it as a warning with a
 * link to load the year.
 */
@ControllerAdvice
class CalendarWarning {

	private final WorkingDayCalendar calendar;

	CalendarWarning(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	@ModelAttribute
	void yearAwaitingArrangement(HttpServletRequest request, Model model) {
		if (request.getRequestURI().startsWith("/admin") && request.isUserInRole(Role.SYSTEM_ADMIN.name())) {
			calendar.yearAwaitingArrangement().ifPresent(year -> model.addAttribute("calendarAwaiting", year));
		}
	}

}
