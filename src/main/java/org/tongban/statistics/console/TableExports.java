package org.tongban.statistics.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table of the console as a file (R11.3): CSV in UTF-8 with a byte-order mark, so that
 * Excel reads the Chinese, and Excel (XLSX) with numbers as numbers. Both hold exactly
 * the page's table; an empty cell is one without a figure.
 */
final class TableExports {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private TableExports() {
	}

	static byte[] csv(Table table) {
		StringBuilder csv = new StringBuilder();
		csv.append(line(table.headings()));
		table.rows().forEach(row -> csv.append(line(row)));
		byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[BOM.length + body.length];
		System.arraycopy(BOM, 0, file, 0, BOM.length);
		System.arraycopy(body, 0, file, BOM.length, body.length);
		return file;
	}

	static byte[] xlsx(Table table) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(table.id());
			Row heading = sheet.createRow(0);
			for (int i = 0; i < table.headings().size(); i++) {
				heading.createCell(i).setCellValue(table.headings().get(i));
			}
			for (int r = 0; r < table.rows().size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> cells = table.rows().get(r);
				for (int i = 0; i < cells.size(); i++) {
					Object value = cells.get(i);
					if (value instanceof Number number) {
						row.createCell(i).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						row.createCell(i).setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String line(List<?> cells) {
		return cells.stream().map(TableExports::field).collect(Collectors.joining(",")) + "\r\n";
	}

	/**
	 * A field as RFC 4180 quotes it; text that a spreadsheet would take for a formula is
	 * led by an apostrophe (CSV injection).
	 */
	private static String field(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		String text = value.toString();
		if (!(value instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return text.matches(".*[\",\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

}
