package org.tongban.shared.startup;

import java.util.List;

/**
 * The platform was started with the {@code prod} profile and something of the demo, or
 * without settings production needs ({@link ProductionReadiness}).
 */
class NotReadyForProductionException extends IllegalStateException {

	private final List<String> demo;

	private final List<String> missing;

	NotReadyForProductionException(List<String> activeProfiles, List<String> demo, List<String> missing) {
		super(message(activeProfiles, demo, missing));
		this.demo = List.copyOf(demo);
		this.missing = List.copyOf(missing);
	}

	private static String message(List<String> activeProfiles, List<String> demo, List<String> missing) {
		var message = new StringBuilder("The 'prod' profile refuses to start (active profiles " + activeProfiles + ")");
		if (!demo.isEmpty()) {
			message.append(" with the demo: found ").append(String.join(", ", demo)).append('.');
		}
		if (!missing.isEmpty()) {
			message.append(demo.isEmpty() ? ": " : " And ")
				.append(missing.size() == 1 ? "this setting is" : "these " + missing.size() + " settings are")
				.append(" missing: ")
				.append(String.join("; ", missing))
				.append('.');
		}
		return message.toString();
	}

	List<String> demo() {
		return this.demo;
	}

	List<String> missing() {
		return this.missing;
	}

}
