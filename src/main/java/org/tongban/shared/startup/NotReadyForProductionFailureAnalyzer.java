package org.tongban.shared.startup;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says why the platform did not start, and what to change, instead of a stack trace. */
class NotReadyForProductionFailureAnalyzer extends AbstractFailureAnalyzer<NotReadyForProductionException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NotReadyForProductionException cause) {
		List<String> actions = new ArrayList<>();
		if (!cause.demo().isEmpty()) {
			actions.add("Start production without the 'demo' profile (SPRING_PROFILES_ACTIVE=prod, or prod,json-logs) "
					+ "and with the deployment's own keys and CA (application-prod.yml) instead of: "
					+ String.join(", ", cause.demo()) + ".");
		}
		if (!cause.missing().isEmpty()) {
			actions.add("Set each missing setting, for example as the environment variable in brackets "
					+ "(application-prod.yml and deploy/ say what each is): " + String.join("; ", cause.missing())
					+ ".");
		}
		return new FailureAnalysis(cause.getMessage(), String.join("\n", actions), cause);
	}

}
