package org.tongban.shared.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * R14: while the database is away, a request that needed it is answered 503 with
 * Retry-After, never 500 and never 2xx, wherever it failed: controllers are answered by
 * {@link WebErrorHandling}; this filter, outside the session and security filters,
 * answers for the reads those make first (the web session, the API token) and for the
 * session written back after the controller.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DatabaseOutageFilter extends OncePerRequestFilter {

	/**
	 * How long a client waits before it tries again while the database is away: about one
	 * failover.
	 */
	static final String RETRY_AFTER_SECONDS = "10";

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private final FilterAnswers answers;

	DatabaseOutageFilter(FilterAnswers answers) {
		this.answers = answers;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!isOutage(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
					ex.getMessage());
			response.reset();
			response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
			answers.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "error.unavailable");
		}
	}

	/**
	 * Whether a failure comes from the database being unreachable rather than from what
	 * was asked: no connection in time, a connection lost, the server shutting down or
	 * starting up (SQLSTATE classes 08 and 57P).
	 */
	static boolean isOutage(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
			// A rollback on a connection already closed hides the failure that lost it;
			// that one says why.
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& isOutage(rollback.getApplicationException())) {
				return true;
			}
		}
		return false;
	}

}
