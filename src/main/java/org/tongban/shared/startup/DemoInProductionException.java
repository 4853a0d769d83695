package org.tongban.shared.startup;

import java.util.List;

/**
 * The platform was started with the {@code prod} profile and something of the demo
 * ({@link NoDemoInProduction}).
 */
class DemoInProductionException extends IllegalStateException {

	private final List<String> demo;

	DemoInProductionException(List<String> activeProfiles, List<String> demo) {
		super("The 'prod' profile refuses to start with the demo: active profiles " + activeProfiles + "; found "
				+ String.join(", ", demo) + ".");
		this.demo = List.copyOf(demo);
	}

	List<String> demo() {
		return demo;
	}

}
