package org.tongban.identity.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a log-in a fixed time after it began however active the session (R1.4), where the
 * idle timeout alone would let a busy or stolen session live for ever. Runs before the
 * security context is read from the session, so the request that finds the log-in too old
 * is already anonymous and is sent to log in again.
 */
class AbsoluteSessionTimeout extends OncePerRequestFilter {

	/** The session attribute with the instant of the log-in. */
	static final String LOGGED_IN_AT = AbsoluteSessionTimeout.class.getName() + ".LOGGED_IN_AT";

	private final Duration timeout;

	private final Clock clock;

	AbsoluteSessionTimeout(Duration timeout, Clock clock) {
		this.timeout = timeout;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(LOGGED_IN_AT) instanceof Instant loggedInAt
				&& !clock.instant().isBefore(loggedInAt.plus(timeout))) {
			session.invalidate();
		}
		chain.doFilter(request, response);
	}

}
