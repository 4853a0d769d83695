package org.tongban.supervision.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.supervision.CalendarDay;
import org.tongban.supervision.DayKind;

/**
 * The form that loads a year's arrangement as the State Council's notice gives it: the
 * notice, the day it was published, and one line a listed day, "2027-02-05 放假 春节" or
 * "2027-02-07 上班 春节调休" (an English name may follow after " / ").
 */
class CalendarYearForm {

	private static final String HOLIDAY = "放假";

	private static final String WORKED = "上班";

	private static final String ENGLISH_NAME = " / ";

	private String source;

	private String publishedOn;

	private String days;

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getPublishedOn() {
		return publishedOn;
	}

	public void setPublishedOn(String publishedOn) {
		this.publishedOn = publishedOn;
	}

	public String getDays() {
		return days;
	}

	public void setDays(String days) {
		this.days = days;
	}

	/** The lines of the form for listed days, e.g. to start from the provisional ones. */
	static String lines(List<CalendarDay> days) {
		return days.stream()
			.map(day -> day.date() + " " + (day.kind() == DayKind.ADJUSTED_WORKING_DAY ? WORKED : HOLIDAY) + " "
					+ day.name().zh() + (day.name().en() == null ? "" : ENGLISH_NAME + day.name().en()))
			.collect(Collectors.joining("\n"));
	}

	/**
	 * The listed days the lines give; blank lines are skipped. Whether they fit the year
	 * is the arrangement's check.
	 * @throws InvalidParameterException for {@code days}, naming the first line that
	 * cannot be read
	 */
	List<CalendarDay> listedDays() {
		var listed = new ArrayList<CalendarDay>();
		String[] lines = days == null ? new String[0] : days.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("\\s+", 3);
			if (parts.length < 3) {
				throw unreadable(i, line);
			}
			DayKind kind = switch (parts[1].toLowerCase(Locale.ROOT)) {
				case HOLIDAY, "off" -> DayKind.HOLIDAY;
				case WORKED, "work" -> DayKind.ADJUSTED_WORKING_DAY;
				default -> throw unreadable(i, line);
			};
			LocalDate date;
			try {
				date = LocalDate.parse(parts[0]);
			}
			catch (DateTimeParseException ex) {
				throw unreadable(i, line);
			}
			int english = parts[2].indexOf(ENGLISH_NAME);
			LocalizedText name = english < 0 ? LocalizedText.of(parts[2].strip(), null)
					: LocalizedText.of(parts[2].substring(0, english).strip(),
							parts[2].substring(english + ENGLISH_NAME.length()).strip());
			listed.add(new CalendarDay(date, kind, name));
		}
		return listed;
	}

	private static InvalidParameterException unreadable(int index, String line) {
		return new InvalidParameterException("days", "supervision.calendar.admin.lineUnreadable", index + 1, line);
	}

}
