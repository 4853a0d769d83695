package org.tongban.supervision.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tongban.supervision.console.ConsoleFigures.OverdueCase;

/**
 * The overdue report (R8.3, R8.5) as a file: CSV in UTF-8 with a byte order mark, so that
 * Excel reads the Chinese names, or an Excel workbook made with Apache POI, with the
 * cases on one sheet and their count and days per department and matter on another. The
 * headings are in the reader's language.
 */
@Component
class OverdueReports {

	/** The columns of a case, named by {@code supervision.console.report.<column>}. */
	static final List<String> COLUMNS = List.of("department", "matterCode", "matterName", "caseNumber", "dueOn",
			"finishedOn", "daysOverdue");

	static final List<String> SUMMARY_COLUMNS = List.of("department", "matterCode", "matterName", "cases",
			"daysOverdue");

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final MessageSource messages;

	OverdueReports(MessageSource messages) {
		this.messages = messages;
	}

	byte[] csv(List<OverdueCase> cases, Locale locale) {
		var text = new StringBuilder();
		line(text, COLUMNS.stream().map(column -> heading(column, locale)).toList());
		for (OverdueCase each : cases) {
			line(text,
					List.of(each.departmentCode(), each.matterCode(), name(each, locale), each.caseNumber(),
							each.dueOn().toString(), each.finishedOn() == null ? "" : each.finishedOn().toString(),
							Integer.toString(each.daysOverdue())));
		}
		byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[BOM.length + body.length];
		System.arraycopy(BOM, 0, file, 0, BOM.length);
		System.arraycopy(body, 0, file, BOM.length, body.length);
		return file;
	}

	byte[] xlsx(List<OverdueCase> cases, Period period, Locale locale) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle heading = workbook.createCellStyle();
			heading.setFont(bold);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));

			Sheet sheet = workbook.createSheet(message("supervision.console.report.sheet.cases", locale));
			headings(sheet, COLUMNS, heading, locale);
			int rowNo = 1;
			for (OverdueCase each : cases) {
				Row row = sheet.createRow(rowNo++);
				row.createCell(0).setCellValue(each.departmentCode());
				row.createCell(1).setCellValue(each.matterCode());
				row.createCell(2).setCellValue(name(each, locale));
				row.createCell(3).setCellValue(each.caseNumber());
				dateCell(row, 4, each.dueOn(), date);
				dateCell(row, 5, each.finishedOn(), date);
				row.createCell(6).setCellValue(each.daysOverdue());
			}

			Sheet summary = workbook.createSheet(message("supervision.console.report.sheet.summary", locale));
			Row periodRow = summary.createRow(0);
			periodRow.createCell(0).setCellValue(message("supervision.console.report.period", locale));
			dateCell(periodRow, 1, period.from(), date);
			dateCell(periodRow, 2, period.to(), date);
			Row titles = summary.createRow(1);
			for (int i = 0; i < SUMMARY_COLUMNS.size(); i++) {
				Cell cell = titles.createCell(i);
				cell.setCellValue(heading(SUMMARY_COLUMNS.get(i), locale));
				cell.setCellStyle(heading);
			}
			rowNo = 2;
			for (Total total : totals(cases, locale).values()) {
				Row row = summary.createRow(rowNo++);
				row.createCell(0).setCellValue(total.department);
				row.createCell(1).setCellValue(total.matter);
				row.createCell(2).setCellValue(total.name);
				row.createCell(3).setCellValue(total.cases);
				row.createCell(4).setCellValue(total.days);
			}
			for (int i = 0; i < COLUMNS.size(); i++) {
				sheet.setColumnWidth(i, 20 * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The cases and days overdue per department and matter, in the report's order. */
	private Map<String, Total> totals(List<OverdueCase> cases, Locale locale) {
		Map<String, Total> totals = new LinkedHashMap<>();
		for (OverdueCase each : cases) {
			Total total = totals.computeIfAbsent(each.departmentCode() + "\u0000" + each.matterCode(),
					key -> new Total(each.departmentCode(), each.matterCode(), name(each, locale)));
			total.cases++;
			total.days += each.daysOverdue();
		}
		return totals;
	}

	private void headings(Sheet sheet, List<String> columns, CellStyle style, Locale locale) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(heading(columns.get(i), locale));
			cell.setCellStyle(style);
		}
	}

	private static void dateCell(Row row, int column, LocalDate day, CellStyle style) {
		Cell cell = row.createCell(column);
		if (day != null) {
			cell.setCellValue(day);
			cell.setCellStyle(style);
		}
	}

	private String heading(String column, Locale locale) {
		return message("supervision.console.report." + column, locale);
	}

	private String message(String code, Locale locale) {
		return messages.getMessage(code, null, locale);
	}

	private static String name(OverdueCase each, Locale locale) {
		return each.matterName() == null ? "" : each.matterName().in(locale);
	}

	/**
	 * One line: a field with a comma, quote or line break is quoted, and one that a
	 * spreadsheet would take for a formula is kept as text (CSV injection).
	 */
	private static void line(StringBuilder text, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				text.append(',');
			}
			String field = fields.get(i) == null ? "" : fields.get(i);
			if (!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0) {
				field = "'" + field;
			}
			if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
					|| field.indexOf('\r') >= 0) {
				field = '"' + field.replace("\"", "\"\"") + '"';
			}
			text.append(field);
		}
		text.append("\r\n");
	}

	private static final class Total {

		final String department;

		final String matter;

		final String name;

		int cases;

		int days;

		Total(String department, String matter, String name) {
			this.department = department;
			this.matter = matter;
			this.name = name;
		}

	}

}
