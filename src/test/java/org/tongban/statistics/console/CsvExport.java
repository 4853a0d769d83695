package org.tongban.statistics.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A CSV export of the console, read as RFC 4180 has it (none of its fields is quoted).
 */
final class CsvExport {

	private CsvExport() {
	}

	static List<List<String>> rows(MvcTestResult answer) {
		assertThat(answer).hasStatusOk();
		byte[] body = answer.getResponse().getContentAsByteArray();
		assertThat(Arrays.copyOf(body, 3)).as("a byte-order mark for Excel")
			.containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		List<List<String>> rows = new ArrayList<>();
		for (String line : new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n")) {
			rows.add(Arrays.asList(line.split(",", -1)));
		}
		return rows;
	}

}
