package org.tongban.catalog;

import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.Paging;

/**
 * A search of the public catalogue (R2.2): keyword, department, theme and audience, one
 * page at a time. Every part is optional. The names of the refused parameters are those
 * of the page and the API.
 */
public record MatterQuery(String keyword, String department, String theme, Audience audience, int page, int size) {

	public static final int DEFAULT_SIZE = 10;

	public static final int MAX_SIZE = 100;

	public static final int MAX_KEYWORD_LENGTH = 50;

	public MatterQuery {
		keyword = blankToNull(keyword);
		department = blankToNull(department);
		theme = blankToNull(theme);
		if (keyword != null && keyword.length() > MAX_KEYWORD_LENGTH) {
			throw new InvalidParameterException("q", "catalog.query.keywordTooLong", MAX_KEYWORD_LENGTH);
		}
		Paging.of(page, size, MAX_SIZE);
	}

	public static MatterQuery all() {
		return new MatterQuery(null, null, null, null, 1, DEFAULT_SIZE);
	}

	public boolean isFiltered() {
		return keyword != null || department != null || theme != null || audience != null;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
