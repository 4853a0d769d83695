package org.tongban.support;

/**
 * Which suites that need outside services must run. They are required when switched on
 * explicitly or when the build runs in CI ({@code CI=true}): there a missing service is a
 * failure, never a silent skip.
 */
final class RequiredSuites {

	private RequiredSuites() {
	}

	static boolean browser() {
		return Boolean.getBoolean("tongban.it.browser") || inCi();
	}

	static boolean clamav() {
		return Boolean.getBoolean("tongban.it.clamav") || inCi();
	}

	static boolean pdfsig() {
		return Boolean.getBoolean("tongban.it.pdfsig") || inCi();
	}

	private static boolean inCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

}
