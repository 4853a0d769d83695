package org.tongban;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;
import org.tongban.shared.web.RequestIdFilter;

/**
 * With the {@code json-logs} profile every log line is one JSON object a log shipper can
 * read (R14.2).
 */
@SpringBootTest
@ActiveProfiles({ "demo", "json-logs" })
@ExtendWith(OutputCaptureExtension.class)
class JsonLogsTests {

	@Test
	void logLinesAreJsonObjectsWithTheRequestId(CapturedOutput output) {
		MDC.put(RequestIdFilter.MDC_KEY, "req-12345678");
		try {
			LoggerFactory.getLogger(JsonLogsTests.class).warn("Application received out of hours");
		}
		finally {
			MDC.remove(RequestIdFilter.MDC_KEY);
		}
		String line = output.getOut()
			.lines()
			.filter(candidate -> candidate.contains("Application received out of hours"))
			.findFirst()
			.orElseThrow();
		assertThat(line).startsWith("{")
			.endsWith("}")
			.contains("\"@timestamp\"", "\"level\":\"WARN\"", "\"message\":\"Application received out of hours\"",
					"\"requestId\":\"req-12345678\"");
	}

}
