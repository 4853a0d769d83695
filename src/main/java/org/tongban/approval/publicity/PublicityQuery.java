package org.tongban.approval.publicity;

import java.time.LocalDate;

import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.Paging;

/**
 * A search of the published decisions (R6.1): words of the matter, the department, the
 * holder's name (as published: masked for a natural person) and the decision or
 * application number, and a range of decision days, one page at a time. Every part is
 * optional; the names of refused parameters are those of the page and the API.
 */
record PublicityQuery(String matter, String department, String holder, String number, LocalDate from, LocalDate to,
		Paging paging) {

	static final int DEFAULT_SIZE = 10;

	/** The longest text looked for: longer than any matter's or department's name. */
	static final int MAX_TEXT = 50;

	/** Far beyond the last page of any search, and short of an offset that overflows. */
	static final int MAX_PAGE = 10_000;

	PublicityQuery {
		matter = text("matter", matter);
		department = text("department", department);
		holder = text("holder", holder);
		number = text("number", number);
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidParameterException("to", "approval.publicity.query.toBeforeFrom");
		}
	}

	static PublicityQuery of(String matter, String department, String holder, String number, LocalDate from,
			LocalDate to, Integer page, Integer size) {
		int pageNumber = page == null ? 1 : page;
		if (pageNumber > MAX_PAGE) {
			throw new InvalidParameterException("page", "approval.publicity.query.pageTooFar", MAX_PAGE);
		}
		return new PublicityQuery(matter, department, holder, number, from, to,
				Paging.of(pageNumber, size == null ? DEFAULT_SIZE : size, Paging.MAX_SIZE));
	}

	private static String text(String parameter, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.codePointCount(0, text.length()) > MAX_TEXT) {
			throw new InvalidParameterException(parameter, "approval.publicity.query.tooLong", MAX_TEXT);
		}
		return text;
	}

}
