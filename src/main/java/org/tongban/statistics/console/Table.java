package org.tongban.statistics.console;

import java.util.List;

/**
 * A table of the console, localized, which the page shows (and draws a chart from), every
 * export writes as it is, and the API gives as JSON with the columns' and rows' codes.
 *
 * @param id its name in the export's path
 * @param title its heading
 * @param columns the columns' codes, such as {@code submitted}, for programs to read
 * @param headings the columns' headings
 * @param rows each row's cells: text, or a number (null for none, shown as —)
 * @param codes each row's code, for programs to read: the first day of a period, a
 * department's or matter's code, a channel, an applicant kind, a band of processing time,
 * a score, or {@code total}
 * @param labels the columns naming a bar of the chart, e.g. {@code 0}
 * @param series the columns drawn as bars, e.g. {@code 1,2}
 */
record Table(String id, String title, List<String> columns, List<String> headings, List<List<Object>> rows,
		List<String> codes, String labels, String series) {

	Table {
		columns = List.copyOf(columns);
		headings = List.copyOf(headings);
		rows = List.copyOf(rows);
		codes = List.copyOf(codes);
		if (columns.size() != headings.size() || rows.size() != codes.size()) {
			throw new IllegalArgumentException("A code for each column and row of " + id);
		}
	}

}
