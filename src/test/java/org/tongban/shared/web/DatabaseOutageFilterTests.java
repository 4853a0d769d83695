package org.tongban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.SQLException;
import java.util.Locale;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.TransactionSystemException;
import org.tongban.support.MessageBundles;

/**
 * R14: a request that fails because the database is away is answered 503 with
 * Retry-After, even when it fails before any controller: reading the web session or the
 * API token (the security and session filters), or writing the session back. Other
 * failures are not this filter's to answer.
 */
class DatabaseOutageFilterTests {

	final DatabaseOutageFilter filter = new DatabaseOutageFilter(
			new FilterAnswers(MessageBundles.of("i18n/shared"), new LocaleConfiguration().localeResolver()));

	@Test
	void anApiTokenThatCannotBeLookedUpIsA503ProblemInTheReadersLanguage() throws Exception {
		var request = new MockHttpServletRequest("GET", "/api/v1/applications");
		request.addHeader("Accept-Language", "en");
		request.addPreferredLocale(Locale.ENGLISH);

		MockHttpServletResponse response = send(request,
				new DataAccessResourceFailureException("select account_id from identity_api_token ...",
						new SQLException("An I/O error occurred while sending to the backend.", "08006")));

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("10");
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":503", "try again shortly");
	}

	@Test
	void aPageWhoseSessionCannotBeReadIsA503PageInChineseByDefault() throws Exception {
		var request = new MockHttpServletRequest("GET", "/my");

		MockHttpServletResponse response = send(request, new ServletException("session",
				new SQLException("FATAL: the database system is starting up", "57P03")));

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("10");
		assertThat(response.getContentType()).startsWith("text/html");
		assertThat(response.getContentAsString()).contains("请稍后重试").doesNotContain("Exception");
	}

	@Test
	void aRollbackThatFailedOnTheLostConnectionIsAnOutageByWhatLostIt() throws Exception {
		var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
		rollback.initApplicationException(new DataAccessResourceFailureException("select account_id ...",
				new SQLException("An I/O error occurred while sending to the backend.", "08006")));

		MockHttpServletResponse response = send(new MockHttpServletRequest("GET", "/api/v1/applications"), rollback);

		assertThat(response.getStatus()).isEqualTo(503);
	}

	@Test
	void otherFailuresAreNotAnOutage() {
		var request = new MockHttpServletRequest("POST", "/api/v1/drafts");
		var duplicate = new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505"));

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
				throw duplicate;
			}));
		assertThat(DatabaseOutageFilter.isOutage(new IllegalStateException("no"))).isFalse();
	}

	private MockHttpServletResponse send(MockHttpServletRequest request, Exception failure) throws Exception {
		var response = new MockHttpServletResponse();
		filter.doFilter(request, response, (req, res) -> {
			if (failure instanceof ServletException servlet) {
				throw servlet;
			}
			throw (RuntimeException) failure;
		});
		return response;
	}

}
