package org.tongban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The platform as it is deployed, with the {@code prod} profile (on an in-memory database
 * and keys of its own instead of the environment's): the API map is not published unless
 * the operators want it, and the profile refuses to start with anything of the demo,
 * whose outbox shows every code sent and whose keys are public (R12.5), or without a
 * setting it needs, each named in one message (R14.1).
 */
// Its own in-memory database, also when the PostgreSQL run migrates as the owner
// (spring.flyway.user): Flyway's connection and the application's then reach the same
// database, which outlives the first to close.
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:production-profile;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=", "spring.flyway.user=sa",
		"spring.flyway.password=", "tongban.crypto.active-key-id=k1",
		"tongban.crypto.keys.k1=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", "tongban.crypto.active-index-key-id=i1",
		"tongban.crypto.index-keys.i1=ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=",
		"tongban.sms.gateway.url=http://127.0.0.1:9/messages", "tongban.notification.base-url=https://zwfw.d.gov.cn",
		"tongban.licence.keystore=${java.io.tmpdir}/tongban-production-profile-licence-keys.p12",
		"tongban.licence.keystore-password=operators-own" })
@AutoConfigureMockMvc
@ActiveProfiles("prod")
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileTests {

	private static final String KEYSTORE_PASSWORD = "operators-own";

	private static final String KEYSTORE_FILE = "tongban-production-profile-licence-keys.p12";

	@Autowired
	MockMvcTester mvc;

	/**
	 * A keystore of the operators' own, as production configures it (empty will do here),
	 * made before the context starts.
	 */
	static {
		try {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, KEYSTORE_PASSWORD.toCharArray());
			Path file = Path.of(System.getProperty("java.io.tmpdir"), KEYSTORE_FILE);
			try (OutputStream out = Files.newOutputStream(file)) {
				store.store(out, KEYSTORE_PASSWORD.toCharArray());
			}
			file.toFile().deleteOnExit();
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	@Test
	@DisplayName("R12.5: in production the OpenAPI document and its explorer are not served by default")
	void theApiDocumentationIsOff() {
		for (String path : new String[] { "/v3/api-docs", "/v3/api-docs.yaml", "/swagger-ui.html",
				"/swagger-ui/index.html" }) {
			assertThat(mvc.get().uri(path)).as(path).hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(mvc.get().uri("/api/v1/matters")).hasStatusOk();
	}

	@Test
	@DisplayName("R12.5: in production the development outbox does not exist")
	void theOutboxIsNotThere() {
		assertThat(mvc.get().uri("/api/v1/dev/outbox?recipient=13800138000")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@DisplayName("R12.5: the prod profile refuses to start with the demo profile, and says why")
	void refusesToStartWithTheDemoProfile(CapturedOutput output) {
		assertThatIllegalStateException().isThrownBy(() -> start("--spring.profiles.active=prod,demo"))
			.withMessageContaining("The 'prod' profile refuses to start (active profiles [prod, demo]) with the demo");
		assertThat(output).contains("APPLICATION FAILED TO START", "the profile 'demo'",
				"Start production without the 'demo' profile");
	}

	@Test
	@DisplayName("R12.1, R12.5: the prod profile refuses the demo's published keys and CA")
	void refusesToStartWithTheDemoKeysOrCa() {
		assertThatIllegalStateException()
			.isThrownBy(() -> start("--spring.profiles.active=prod", "--tongban.crypto.active-key-id=demo1"))
			.withMessageContaining("tongban.crypto.active-key-id=demo1 (a published demo key)");
		assertThatIllegalStateException()
			.isThrownBy(() -> start("--spring.profiles.active=prod",
					"--tongban.identity.ca.trusted=classpath:identity/demo-ca/trusted-ca.pem"))
			.withMessageContaining("(the demo CA)");
	}

	@Test
	@DisplayName("R6.3, R12.5: the prod profile refuses to start without the licence keystore, so that no demo licence keys are made")
	void refusesToStartWithoutTheLicenceKeystore() {
		assertThatIllegalStateException().isThrownBy(() -> start("--spring.profiles.active=prod"))
			.withMessageContaining("no tongban.licence.keystore (licences would be signed with demo keys");
		assertThatIllegalStateException()
			.isThrownBy(() -> start("--spring.profiles.active=prod", "--tongban.licence.keystore= "))
			.withMessageContaining("no tongban.licence.keystore");
	}

	@Test
	@DisplayName("R14.1: started with the prod profile and nothing set, the platform names every missing setting in one message, without a stack trace")
	void namesEveryMissingSettingInOneMessage(CapturedOutput output) {
		assertThatIllegalStateException()
			.isThrownBy(() -> start("--spring.profiles.active=prod", "--spring.datasource.url=",
					"--spring.datasource.username="))
			.withMessageContaining("settings are missing")
			.withMessageContaining("spring.datasource.url (TONGBAN_DB_URL)")
			.withMessageContaining("spring.datasource.username (TONGBAN_DB_USER)")
			.withMessageContaining("tongban.crypto.active-key-id (TONGBAN_CRYPTO_ACTIVEKEYID)")
			.withMessageContaining("tongban.crypto.active-index-key-id (TONGBAN_CRYPTO_ACTIVEINDEXKEYID)")
			.withMessageContaining("tongban.sms.gateway.url (TONGBAN_SMS_GATEWAY_URL)")
			.withMessageContaining("tongban.notification.base-url (TONGBAN_NOTIFICATION_BASEURL")
			.withMessageContaining("no tongban.licence.keystore");
		assertThat(output).contains("APPLICATION FAILED TO START", "Set each missing setting")
			.doesNotContain("\tat org.springframework");
	}

	@Test
	@DisplayName("R12.1, R14.1: a key id without its key is named with the variable that sets the key")
	void namesTheKeyOfAnActiveKeyId() {
		assertThatIllegalStateException()
			.isThrownBy(() -> start("--spring.profiles.active=prod", "--tongban.crypto.active-key-id=k7"))
			.withMessageContaining("tongban.crypto.keys.k7 (TONGBAN_CRYPTO_KEYS_K7)");
	}

	/**
	 * Starts the platform as an operator would; the refusal comes before any bean,
	 * database or port.
	 */
	private static void start(String... arguments) {
		new SpringApplicationBuilder(TongbanApplication.class).web(WebApplicationType.NONE).run(arguments);
	}

}
