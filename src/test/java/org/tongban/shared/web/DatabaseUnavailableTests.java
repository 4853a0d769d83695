package org.tongban.shared.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.support.MessageBundles;

/**
 * R14: while the database is away (restarting, or no pooled connection within the wait)
 * nothing is done, and the caller is told to come back: 503 with Retry-After and a
 * localized message, never a 2xx and never a 500.
 */
class DatabaseUnavailableTests {

	@RestController
	static class Unreachable {

		@GetMapping("/api/v1/unreachable")
		String api() {
			throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
					new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
		}

		@GetMapping("/unreachable")
		String page() {
			throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
		}

		@GetMapping("/api/v1/lost")
		String lostMidway() {
			// What a transaction template throws when the connection dies under it: the
			// rollback fails too.
			throw new TransactionSystemException("Could not roll back JDBC transaction",
					new SQLException("An I/O error occurred while sending to the backend.", "08006"));
		}

	}

	final MockMvc mvc;

	DatabaseUnavailableTests() {
		mvc = MockMvcBuilders.standaloneSetup(new Unreachable())
			.setControllerAdvice(new WebErrorHandling(MessageBundles.of("i18n/shared")))
			.build();
	}

	@Test
	void theApiAnswers503WithRetryAfter() throws Exception {
		mvc.perform(get("/api/v1/unreachable").header("Accept-Language", "zh-CN"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "10"))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("请稍后重试")));
		mvc.perform(get("/api/v1/unreachable").header("Accept-Language", "en"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("try again shortly")));
	}

	@Test
	void aConnectionLostMidwayIs503EvenWhenTheRollbackFailedToo() throws Exception {
		mvc.perform(get("/api/v1/lost"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "10"));
	}

	@Test
	void aPageAnswers503Too() throws Exception {
		mvc.perform(get("/unreachable").accept(MediaType.TEXT_HTML))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "10"));
	}

}
