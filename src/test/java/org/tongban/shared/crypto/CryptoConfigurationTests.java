package org.tongban.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The keys that protect personal data come from the configuration or the environment and
 * are checked when the platform starts: no keys or a wrong key stop it before it stores
 * anything; only the demo profile has keys of its own (R12.1, R12.6).
 */
class CryptoConfigurationTests {

	private static final String AES_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

	private static final String SM4_KEY = "AAECAwQFBgcICQoLDA0ODw==";

	private static final String INDEX_KEY = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";

	private final ApplicationContextRunner platform = new ApplicationContextRunner()
		.withUserConfiguration(CryptoConfiguration.class);

	@Test
	void theDemoProfileStartsWithItsPublicKeys() {
		platform.withInitializer(new ConfigDataApplicationContextInitializer())
			.withPropertyValues("spring.profiles.active=demo")
			.run(context -> {
				assertThat(context).hasNotFailed();
				FieldCipher cipher = context.getBean(FieldCipher.class);
				assertThat(cipher.encrypt("13800138000")).startsWith("v1.demo1.A256GCM.");
				assertThat(context.getBean(BlindIndex.class).of("13800138000")).startsWith("v1.demoidx1.HS256.");
				assertThat(context.getBean(FileCipher.class).activeKeyId()).isEqualTo("demo1");
			});
	}

	@Test
	void theProductionProfileWithoutKeysDoesNotStartAndSaysWhatToSet() {
		platform.withInitializer(new ConfigDataApplicationContextInitializer())
			.withPropertyValues("spring.profiles.active=prod")
			.run(context -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("No encryption key is configured")
				.hasMessageContaining("TONGBAN_CRYPTO_KEYS_<ID>"));
	}

	@Test
	void withoutABlindIndexKeyThePlatformDoesNotStart() {
		platform.withPropertyValues("tongban.crypto.active-key-id=k1", "tongban.crypto.keys.k1=" + AES_KEY)
			.run(context -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("No blind index key is configured"));
	}

	@Test
	void aKeyOfTheWrongLengthStopsTheStart() {
		platform.withPropertyValues(valid("tongban.crypto.keys.k1=" + SM4_KEY))
			.run(context -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("'k1'")
				.hasMessageContaining("needs 32 bytes"));
		platform.withPropertyValues(valid("tongban.crypto.index-keys.i1=" + SM4_KEY))
			.run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("'i1' has 16 bytes"));
	}

	@Test
	void aKeyThatIsNotBase64StopsTheStart() {
		platform.withPropertyValues(valid("tongban.crypto.keys.k1=not a key!"))
			.run(context -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("tongban.crypto.keys.k1 is not Base64"));
	}

	@Test
	void theBlindIndexNeedsKeysOfItsOwn() {
		platform.withPropertyValues(valid("tongban.crypto.index-keys.i1=" + AES_KEY))
			.run(context -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("tongban.crypto.index-keys.i1 is also an encryption key"));
	}

	@Test
	void sm4AndHmacSm3CanBeChosen() {
		platform
			.withPropertyValues(valid("tongban.crypto.algorithm=SM4_GCM", "tongban.crypto.keys.s1=" + SM4_KEY,
					"tongban.crypto.active-key-id=s1", "tongban.crypto.index-algorithm=HMAC_SM3"))
			.run(context -> {
				assertThat(context.getBean(FieldCipher.class).encrypt("13800138000")).startsWith("v1.s1.SM4GCM.");
				assertThat(context.getBean(BlindIndex.class).of("13800138000")).startsWith("v1.i1.HSM3.");
			});
	}

	@Test
	void keysCanComeFromTheEnvironment() {
		var environment = new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				Map.of("TONGBAN_CRYPTO_ACTIVEKEYID", "k1", "TONGBAN_CRYPTO_KEYS_K1", AES_KEY,
						"TONGBAN_CRYPTO_ACTIVEINDEXKEYID", "i1", "TONGBAN_CRYPTO_INDEXKEYS_I1", INDEX_KEY,
						"TONGBAN_CRYPTO_INDEXALGORITHM", "HMAC_SM3"));

		CryptoProperties properties = new Binder(ConfigurationPropertySources.from(environment))
			.bindOrCreate("tongban.crypto", CryptoProperties.class);

		assertThat(properties.fieldCipher().encrypt("13800138000")).startsWith("v1.k1.A256GCM.");
		assertThat(properties.blindIndex().of("13800138000")).startsWith("v1.i1.HSM3.");
	}

	@Test
	void theKeysAreNeverPrinted() {
		platform.withPropertyValues(valid()).run(context -> {
			String printed = context.getBean(CryptoProperties.class).toString();
			assertThat(printed).contains("k1", "i1").doesNotContain(AES_KEY, INDEX_KEY);
		});
	}

	/** A complete, valid configuration, with some properties replaced or added. */
	private static String[] valid(String... changes) {
		var properties = new LinkedHashMap<String, String>();
		for (String property : new String[] { "tongban.crypto.active-key-id=k1", "tongban.crypto.keys.k1=" + AES_KEY,
				"tongban.crypto.active-index-key-id=i1", "tongban.crypto.index-keys.i1=" + INDEX_KEY }) {
			properties.put(property.substring(0, property.indexOf('=')), property);
		}
		for (String change : changes) {
			properties.put(change.substring(0, change.indexOf('=')), change);
		}
		return properties.values().toArray(String[]::new);
	}

}
