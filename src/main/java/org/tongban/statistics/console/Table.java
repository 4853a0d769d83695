package org.tongban.statistics.console;

import java.util.List;

/**
 * A table of the console, localized, which the page shows (and draws a chart from), and
 * every export writes as it is.
 *
 * @param id its name in the export's path
 * @param title its heading
 * @param headings the columns' headings
 * @param rows each row's cells: text, or a number (null for none, shown as —)
 * @param labels the columns naming a bar of the chart, e.g. {@code 0}
 * @param series the columns drawn as bars, e.g. {@code 1,2}
 */
record Table(String id, String title, List<String> headings, List<List<Object>> rows, String labels, String series) {

	Table {
		headings = List.copyOf(headings);
		rows = List.copyOf(rows);
	}

}
