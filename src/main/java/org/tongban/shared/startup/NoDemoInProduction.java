package org.tongban.shared.startup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * The {@code prod} profile refuses to start with anything of the demo: the {@code demo}
 * profile (its development outbox shows every code sent, its loaders write sample
 * accounts with a published password), the demo's published keys (ids beginning with
 * {@code demo}) or the demo CA, whose private keys are public, nor without the configured
 * licence-signing keystore ({@code tongban.licence.keystore}), without which demo licence
 * keys would be made under the data directory (R6.3). Checked once the profiles and
 * properties are known and before anything is built, so that not even the database is
 * touched.
 */
class NoDemoInProduction implements EnvironmentPostProcessor, Ordered {

	private static final List<String> DEMO_KEY_IDS = List.of("tongban.crypto.active-key-id",
			"tongban.crypto.active-index-key-id");

	private static final String DEMO_CA = "identity/demo-ca/";

	private static final String LICENCE_KEYSTORE = "tongban.licence.keystore";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.acceptsProfiles(Profiles.of("prod"))) {
			return;
		}
		List<String> demo = new ArrayList<>();
		if (environment.acceptsProfiles(Profiles.of("demo"))) {
			demo.add("the profile 'demo'");
		}
		for (String keyId : DEMO_KEY_IDS) {
			String value = environment.getProperty(keyId, "");
			if (value.toLowerCase(Locale.ROOT).startsWith("demo")) {
				demo.add(keyId + "=" + value + " (a published demo key)");
			}
		}
		String trusted = environment.getProperty("tongban.identity.ca.trusted", "");
		if (trusted.contains(DEMO_CA)) {
			demo.add("tongban.identity.ca.trusted=" + trusted + " (the demo CA)");
		}
		if (environment.getProperty(LICENCE_KEYSTORE, "").isBlank()) {
			demo.add("no " + LICENCE_KEYSTORE + " (licences would be signed with demo keys made under "
					+ "tongban.licence.directory)");
		}
		if (!demo.isEmpty()) {
			throw new DemoInProductionException(Arrays.asList(environment.getActiveProfiles()), demo);
		}
	}

	/**
	 * After the profiles and the configuration files are read
	 * (ConfigDataEnvironmentPostProcessor).
	 */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
