package org.tongban.shared;

/**
 * Why a request is refused, in the platform's words; the web layer answers each kind with
 * its HTTP status, so that the services never speak HTTP.
 */
public enum Refusal {

	/**
	 * The request cannot be read at all, as opposed to a parameter that is refused
	 * ({@link InvalidParameterException}).
	 */
	MALFORMED,

	/** Who is asking is not known, or did not prove who they are. */
	UNAUTHENTICATED,

	/** Known, but not allowed to do this. */
	FORBIDDEN,

	/**
	 * What the thing is now forbids it: a case ended or changed meanwhile, a task claimed
	 * by another, a draft submitted.
	 */
	CONFLICT,

	/**
	 * Understood, but unacceptable as given, such as a process model that breaks the
	 * platform's rules.
	 */
	UNPROCESSABLE,

	/**
	 * Too many attempts or requests in a while: try again after
	 * {@link RefusedException#retryAfter()}.
	 */
	TOO_MANY,

	/**
	 * A service the request needs is down: try again after
	 * {@link RefusedException#retryAfter()}.
	 */
	UNAVAILABLE

}
