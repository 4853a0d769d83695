package org.tongban.shared.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says why the platform did not start, and what to change, instead of a stack trace. */
class DemoInProductionFailureAnalyzer extends AbstractFailureAnalyzer<DemoInProductionException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DemoInProductionException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Start production without the 'demo' profile (SPRING_PROFILES_ACTIVE=prod, or prod,json-logs) and "
						+ "with the deployment's own keys and CA (application-prod.yml) instead of: "
						+ String.join(", ", cause.demo()) + ".",
				cause);
	}

}
