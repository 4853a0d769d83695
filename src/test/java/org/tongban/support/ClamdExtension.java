package org.tongban.support;

import java.nio.file.Files;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test of the virus scanner where Debian's clamav-daemon is installed; where it is
 * not, skips it, unless the ClamAV suite is switched on
 * ({@code -Dtongban.it.clamav=true}) or {@code CI=true}: then a missing clamd fails.
 */
public class ClamdExtension implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Files.isExecutable(Clamd.EXECUTABLE)) {
			return ConditionEvaluationResult.enabled("clamd is installed");
		}
		if (RequiredSuites.clamav()) {
			throw new IllegalStateException("The ClamAV suite is switched on but " + Clamd.EXECUTABLE
					+ " is missing: install Debian's clamav-daemon (.ci/run does)");
		}
		return ConditionEvaluationResult.disabled("clamd is not installed; virus scanner tests skipped");
	}

}
