package org.tongban.application.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.application.web.ApplicantApi.body;
import static org.tongban.application.web.ApplicantApi.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.application.EnterpriseStartBundles;
import org.tongban.identity.Accounts;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.TestAccounts;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;
import org.tongban.storage.SampleFiles;

import com.jayway.jsonpath.JsonPath;

/**
 * R2.5, R5.2, R12.5: the bundle 企业开办一件事 applied for through the API as one application:
 * one combined form, one upload per material, one check, one submission with a number and
 * query code, each member with its own number waiting for its stage; withdrawn as a
 * whole; nobody else finds it.
 */
@IdentityTest
class BundleApplicationApiTests {

	static final String BUNDLES = "/api/v1/bundle-applications";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	TestAccounts testAccounts;

	@BeforeEach
	void accounts() {
		testAccounts = new TestAccounts(accounts);
	}

	@Test
	void anEnterpriseAppliesForTheEnterpriseStartBundleAsOneApplication() {
		ApplicantApi enterprise = enterprise();

		MvcTestResult created = enterprise.post(BUNDLES, Map.of("bundleCode", EnterpriseStartBundles.BUNDLE));
		assertThat(created).hasStatus(201);
		String id = read(created, "$.id");
		String draft = BUNDLES + "/" + id;
		assertThat(created.getResponse().getHeader("Location")).isEqualTo(draft);
		assertThat(created).bodyJson().extractingPath("$.bundleName").isEqualTo("企业开办一件事");
		assertThat(JsonPath.<List<String>>read(body(created), "$.form.shared[*].key")).contains("contactMobile");
		assertThat(JsonPath.<List<String>>read(body(created), "$.form.verified[*].key")).contains("uscc");

		// A value refused by a member is told next to the combined question.
		MvcTestResult invalid = enterprise.request(mvc.patch()
			.uri(draft + "/answers")
			.contentType("application/json")
			.content("{\"answers\": {\"contactMobile\": \"12345\"}}"));
		assertThat(invalid).hasStatus(422);
		assertThat(JsonPath.<Map<String, String>>read(body(invalid), "$.errors")).containsOnlyKeys("contactMobile");

		Map<String, Object> answers = new LinkedHashMap<>();
		List<Map<String, Object>> questions = JsonPath.read(body(created), "$.form..questions[*]");
		questions.addAll(JsonPath.read(body(created), "$.form.shared[*]"));
		questions.forEach(question -> {
			String key = (String) question.get("key");
			String field = key.substring(key.lastIndexOf('.') + 1);
			if (EnterpriseStartBundles.ANSWERS.containsKey(field)) {
				answers.put(key, EnterpriseStartBundles.ANSWERS.get(field));
			}
		});
		MvcTestResult saved = enterprise.request(mvc.patch()
			.uri(draft + "/answers")
			.contentType("application/json")
			.content(ApplicantApi.JSON.writeValueAsString(Map.of("answers", answers))));
		assertThat(saved).hasStatusOk();
		assertThat(saved).bodyJson()
			.extractingPath("$.form.shared[?(@.key == 'contactMobile')].values[0]")
			.isEqualTo(List.of("13912345678"));

		MvcTestResult check = enterprise.get(draft + "/check");
		assertThat(check).bodyJson().extractingPath("$.complete").isEqualTo(false);
		List<String> required = JsonPath.read(body(saved), "$.materials[?(@.required == true)].key");
		assertThat(JsonPath.<Map<String, String>>read(body(check), "$.errors").keySet())
			.containsExactlyInAnyOrderElementsOf(required.stream().map(key -> "material." + key).toList());
		for (String material : required) {
			MvcTestResult uploaded = enterprise.request(mvc.post()
				.uri(draft + "/materials/" + material)
				.multipart()
				.file(new MockMultipartFile("file", material + ".pdf", "application/octet-stream",
						SampleFiles.pdf(material + id))));
			assertThat(uploaded).hasStatus(201);
		}
		assertThat(enterprise.get(draft + "/check")).bodyJson().extractingPath("$.complete").isEqualTo(true);

		String key = UUID.randomUUID().toString();
		MvcTestResult submitted = enterprise
			.request(mvc.post().uri(draft + "/submission").header("Idempotency-Key", key));
		assertThat(submitted).hasStatus(201);
		String number = read(submitted, "$.number");
		assertThat(read(submitted, "$.queryCode")).matches("[2-9A-HJKMNP-Z]{8}");
		assertThat(submitted.getResponse().getHeader("Location")).isEqualTo(BUNDLES + "/by-number/" + number);
		assertThat(enterprise.request(mvc.post().uri(draft + "/submission").header("Idempotency-Key", key))).bodyJson()
			.extractingPath("$.number")
			.isEqualTo(number);

		MvcTestResult followed = enterprise.get(BUNDLES + "/by-number/" + number);
		assertThat(followed).hasStatusOk();
		assertThat(followed).bodyJson().extractingPath("$.status").isEqualTo("SUBMITTED");
		// The platform opens the first stage by itself, right after the submission: its
		// member may have been received already; the later stages wait.
		List<String> statuses = JsonPath.read(body(followed), "$.members[*].status");
		assertThat(statuses).hasSize(4);
		assertThat(statuses.get(0)).isIn("WAITING", "SUBMITTED");
		assertThat(statuses.subList(1, 4)).containsOnly("WAITING");
		assertThat(JsonPath.<List<Integer>>read(body(followed), "$.members[*].stage")).containsExactly(1, 2, 2, 2);
		assertThat(JsonPath.<List<String>>read(body(followed), "$.members[*].number"))
			.allSatisfy(member -> assertThat(member).matches("TB\\d{14,}").isNotEqualTo(number));

		// R7.2: anybody with its number and query code sees where each matter stands,
		// nothing personal; a wrong code is told as an unknown number.
		MvcTestResult queried = mvc.get()
			.uri("/api/v1/query/bundle?number={number}&code={code}", number, read(submitted, "$.queryCode"))
			.exchange();
		assertThat(queried).hasStatusOk();
		assertThat(queried).bodyJson().extractingPath("$.bundleName").isEqualTo("企业开办一件事");
		assertThat(JsonPath.<List<String>>read(body(queried), "$.members[*].matterName")).hasSize(4).contains("企业设立登记");
		assertThat(body(queried)).doesNotContain("13912345678", "applicant");
		assertThat(mvc.get().uri("/api/v1/query/bundle?number={number}&code=ABCDEFGH", number)).hasStatus(404);

		// Nobody else finds it.
		ApplicantApi other = enterprise();
		assertThat(other.get(draft)).hasStatus(404);
		assertThat(other.get(BUNDLES + "/by-number/" + number)).hasStatus(404);
		assertThat(other.post(BUNDLES + "/by-number/" + number + "/withdrawal", Map.of())).hasStatus(404);

		MvcTestResult withdrawn = enterprise.post(BUNDLES + "/by-number/" + number + "/withdrawal", Map.of());
		assertThat(withdrawn).hasStatusOk();
		assertThat(withdrawn).bodyJson().extractingPath("$.status").isEqualTo("WITHDRAWN");
		assertThat(enterprise.post(BUNDLES + "/by-number/" + number + "/withdrawal", Map.of())).hasStatus(409);
	}

	private ApplicantApi enterprise() {
		UnifiedSocialCreditCode creditCode = TestAccounts.creditCode();
		testAccounts.enterprise(testAccounts.person(), creditCode);
		return new ApplicantApi(mvc, ApplicantApi.logIn(mvc, creditCode.value(), TestAccounts.PASSWORD),
				TestAccounts.clientAddress());
	}

}
