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
 * The {@code prod} profile starts only when it is ready for production (R12.5, R14.1),
 * and otherwise says in one message everything that is wrong. It refuses anything of the
 * demo: the {@code demo} profile (its development outbox shows every code sent, its
 * loaders write sample accounts with a published password), the demo's published keys
 * (ids beginning with {@code demo}) or the demo CA, whose private keys are public, and
 * the absence of the configured licence-signing keystore
 * ({@code tongban.licence.keystore}), without which demo licence keys would be made under
 * the data directory (R6.3). And it names every setting production needs that is missing:
 * the database, the keys of personal data, the SMS gateway, the platform's public
 * address. Checked once the profiles and properties are known and before anything is
 * built, so that not even the database is touched.
 */
class ProductionReadiness implements EnvironmentPostProcessor, Ordered {

	private static final List<String> DEMO_KEY_IDS = List.of("tongban.crypto.active-key-id",
			"tongban.crypto.active-index-key-id");

	private static final String DEMO_CA = "identity/demo-ca/";

	private static final String LICENCE_KEYSTORE = "tongban.licence.keystore";

	/** The address the embedded default links to, never the public one. */
	private static final String LOCAL_BASE_URL = "http://localhost:8080";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.acceptsProfiles(Profiles.of("prod"))) {
			return;
		}
		List<String> demo = demo(environment);
		List<String> missing = missing(environment);
		if (!demo.isEmpty() || !missing.isEmpty()) {
			throw new NotReadyForProductionException(Arrays.asList(environment.getActiveProfiles()), demo, missing);
		}
	}

	private static List<String> demo(ConfigurableEnvironment environment) {
		List<String> demo = new ArrayList<>();
		if (environment.acceptsProfiles(Profiles.of("demo"))) {
			demo.add("the profile 'demo'");
		}
		for (String keyId : DEMO_KEY_IDS) {
			String value = value(environment, keyId);
			if (value.toLowerCase(Locale.ROOT).startsWith("demo")) {
				demo.add(keyId + "=" + value + " (a published demo key)");
			}
		}
		String trusted = value(environment, "tongban.identity.ca.trusted");
		if (trusted.contains(DEMO_CA)) {
			demo.add("tongban.identity.ca.trusted=" + trusted + " (the demo CA)");
		}
		if (value(environment, LICENCE_KEYSTORE).isBlank()) {
			demo.add("no " + LICENCE_KEYSTORE + " (licences would be signed with demo keys made under "
					+ "tongban.licence.directory)");
		}
		return demo;
	}

	/** Each missing setting with the environment variable that sets it. */
	private static List<String> missing(ConfigurableEnvironment environment) {
		List<String> missing = new ArrayList<>();
		require(environment, "spring.datasource.url", "TONGBAN_DB_URL", missing);
		require(environment, "spring.datasource.username", "TONGBAN_DB_USER", missing);
		if (!resolvable(environment, "spring.datasource.password")) {
			missing.add("spring.datasource.password (TONGBAN_DB_PASSWORD, empty for none)");
		}
		requireKey(environment, "tongban.crypto.active-key-id", "tongban.crypto.keys.", "TONGBAN_CRYPTO_ACTIVEKEYID",
				"TONGBAN_CRYPTO_KEYS_", missing);
		requireKey(environment, "tongban.crypto.active-index-key-id", "tongban.crypto.index-keys.",
				"TONGBAN_CRYPTO_ACTIVEINDEXKEYID", "TONGBAN_CRYPTO_INDEXKEYS_", missing);
		require(environment, "tongban.sms.gateway.url", "TONGBAN_SMS_GATEWAY_URL", missing);
		if (value(environment, "tongban.notification.base-url").isBlank()
				|| LOCAL_BASE_URL.equals(value(environment, "tongban.notification.base-url"))) {
			missing.add("tongban.notification.base-url (TONGBAN_NOTIFICATION_BASEURL: the platform's public address, "
					+ "for the links of notices and the QR codes of licences)");
		}
		return missing;
	}

	private static void require(ConfigurableEnvironment environment, String property, String variable,
			List<String> missing) {
		if (value(environment, property).isBlank()) {
			missing.add(property + " (" + variable + ")");
		}
	}

	/** The id of the active key, and the key under that id. */
	private static void requireKey(ConfigurableEnvironment environment, String idProperty, String keysPrefix,
			String idVariable, String keysVariable, List<String> missing) {
		String id = value(environment, idProperty);
		if (id.isBlank()) {
			missing.add(
					idProperty + " (" + idVariable + ") and its key " + keysPrefix + "<id> (" + keysVariable + "<ID>)");
		}
		else {
			require(environment, keysPrefix + id, keysVariable + id.toUpperCase(Locale.ROOT), missing);
		}
	}

	/** The value, or blank when unset or a placeholder of an unset variable. */
	private static String value(ConfigurableEnvironment environment, String property) {
		try {
			return environment.getProperty(property, "");
		}
		catch (IllegalArgumentException unresolvable) {
			return "";
		}
	}

	private static boolean resolvable(ConfigurableEnvironment environment, String property) {
		try {
			return environment.getProperty(property) != null;
		}
		catch (IllegalArgumentException unresolvable) {
			return false;
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
