package org.tongban.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tongban.application.web.ApplicantApi.body;
import static org.tongban.application.web.ApplicantApi.read;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.application.internal.ApplicationStore;
import org.tongban.application.web.ApplicantApi;
import org.tongban.exchange.Registry;
import org.tongban.exchange.RegistryAccess;
import org.tongban.exchange.RegistryAccessLog;
import org.tongban.identity.Accounts;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.Visitor;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;
import org.tongban.storage.SampleFiles;
import org.tongban.supervision.CaseClocks;
import org.tongban.support.WebPage;

import com.jayway.jsonpath.JsonPath;

/**
 * R16.6 (issue 17 item 5): a matter version's eligibility rules stop an applicant who
 * cannot succeed at the form, with the reason and the rule's source, on "check your
 * answers" and in the API's check, and a submission is refused for the same stop, so that
 * nothing ineligible is submitted; an eligible applicant passes; the fees are shown with
 * their total before submission.
 */
@IdentityTest
class EligibilityTests {

	/** 养老保险待遇领取资格认证: only from the lowest pension age (50) on. */
	static final String PENSION = "RSJ-YLDYZGRZ";

	/** 公章刻制备案: only for an enterprise active in the legal-person registry. */
	static final String SEALS = "GAJ-YZKZBA";

	/** 个人住房抵押权首次登记: charges 80 yuan for housing, 550 for other property. */
	static final String MORTGAGE = "BDCDJZX-DYQSCDJ";

	static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

	static final String TOO_YOUNG = "您还未达到领取养老金的最低年龄（50周岁），无需认证。（依据：您的实名认证信息）";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountDirectory directory;

	@Autowired
	ApplicationStore store;

	@Autowired
	CaseClocks clocks;

	@Autowired
	RegistryAccessLog accessLog;

	TestAccounts testAccounts;

	@BeforeEach
	void fixtures() {
		testAccounts = new TestAccounts(accounts);
	}

	@Test
	@DisplayName("R16.6: a person under the pension age is stopped on the API's check with the reason and its source, and the submission is refused")
	void anIneligiblePersonIsStoppedByTheApiCheckAndTheirSubmissionRefused() {
		// 孙浩然, born 2005: 21 on the demo day.
		TestAccounts.Person young = testAccounts.registryPerson("孙浩然", "210211200501180915", directory);
		ApplicantApi api = api(young.mobile().value());
		String id = completePensionDraft(api);

		MvcTestResult check = api.get("/api/v1/drafts/" + id + "/check");

		assertThat(check).hasStatusOk();
		assertThat(check).bodyJson().extractingPath("$.passed").isEqualTo(false);
		assertThat(JsonPath.<Map<String, String>>read(body(check), "$.errors")).isEmpty();
		assertThat(JsonPath.<List<String>>read(body(check), "$.stops")).singleElement()
			.asString()
			.startsWith("养老保险待遇领取资格认证只面向按月领取养老金的人员")
			.endsWith(TOO_YOUNG);
		assertThat(api.request(mvc.get().uri("/api/v1/drafts/" + id + "/check").header("Accept-Language", "en")))
			.bodyJson()
			.extractingPath("$.stops[0]")
			.asString()
			.endsWith("need no certification. (Source: your verified account)");

		MvcTestResult refused = api.submit(id, UUID.randomUUID().toString());

		assertThat(refused).hasStatus(422);
		assertThat(JsonPath.<List<String>>read(body(refused), "$.stops")).singleElement()
			.asString()
			.endsWith(TOO_YOUNG);
		assertThat(store.find(UUID.fromString(id))).hasValueSatisfying(draft -> assertThat(draft.isDraft()).isTrue());
	}

	@Test
	@DisplayName("R16.6: a person under the pension age reads the stop with its source on \"check your answers\", and submitting leads back to it")
	void anIneligiblePersonIsStoppedAtTheFormAndNothingIsSubmitted() {
		TestAccounts.Person young = testAccounts.registryPerson("孙浩然", "210211200501180915", directory);
		String id = completePensionDraft(api(young.mobile().value()));
		Visitor visitor = new Visitor(mvc);
		visitor.logIn(young.mobile().value(), TestAccounts.PASSWORD);
		String draft = "/apply/drafts/" + id;

		WebPage check = visitor.page(draft + "/check");

		assertThat(check.text()).contains("这件申请不能受理", TOO_YOUNG, "费用 免费");
		assertThat(visitor.page(draft + "/check?lang=en").text()).contains("(Source: your verified account)",
				"Fees Free of charge");
		MvcTestResult submitted = visitor.post(draft + "/submit", "token", token(check));
		assertThat(submitted.getResponse().getRedirectedUrl()).isEqualTo(draft + "/check");
		assertThat(store.find(UUID.fromString(id))).hasValueSatisfying(application -> {
			assertThat(application.isDraft()).isTrue();
			assertThat(application.number()).isNull();
		});
	}

	@Test
	@DisplayName("R16.6: a pensioner passes the same check and submits")
	void anEligiblePersonPassesAndSubmits() {
		// 王秀英, born 1952.
		TestAccounts.Person pensioner = testAccounts.registryPerson("王秀英", "210202195207080243", directory);
		ApplicantApi api = api(pensioner.mobile().value());
		String id = completePensionDraft(api);

		MvcTestResult check = api.get("/api/v1/drafts/" + id + "/check");

		assertThat(check).bodyJson().extractingPath("$.passed").isEqualTo(true);
		assertThat(check).bodyJson().extractingPath("$.stops").asArray().isEmpty();
		assertThat(check).bodyJson().extractingPath("$.fees.free").isEqualTo(true);
		MvcTestResult submitted = api.submit(id, UUID.randomUUID().toString());
		assertThat(submitted).hasStatus(201);
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> clocks.of(UUID.fromString(id)).isPresent());
	}

	@Test
	@DisplayName("R16.6, R16.1: an enterprise the legal-person registry does not show active is stopped with the registry named, and the read is logged")
	void anEnterpriseNotActiveInTheRegistryIsStoppedWithTheRegistryNamed() {
		// Registered with a credit code the demo registry does not hold.
		UnifiedSocialCreditCode creditCode = TestAccounts.creditCode();
		testAccounts.enterprise(testAccounts.person(), creditCode);
		ApplicantApi api = api(creditCode.value());
		String id = read(api.post("/api/v1/drafts", Map.of("matterCode", SEALS)), "$.id");

		MvcTestResult check = api.get("/api/v1/drafts/" + id + "/check");

		assertThat(JsonPath.<List<String>>read(body(check), "$.stops")).singleElement()
			.asString()
			.startsWith("印章刻制备案只面向已领取营业执照且存续的企业")
			.endsWith("（依据：法人单位基础信息库）");
	}

	@Test
	@DisplayName("R16.6, R16.1: an active enterprise is not stopped, and the registry read of the check is logged for its representative to see")
	void anActiveEnterpriseIsNotStoppedAndTheReadIsLogged() {
		ApplicantApi api = api("91210202MA0Q5K7D3U", "Tongban#2026");
		String id = read(api.post("/api/v1/drafts", Map.of("matterCode", SEALS)), "$.id");
		try {
			MvcTestResult check = api.get("/api/v1/drafts/" + id + "/check");

			assertThat(check).bodyJson().extractingPath("$.stops").asArray().isEmpty();
			List<RegistryAccess> reads = accessLog
				.accessesTo(ResidentIdNumber.parse("210202198503120311"), 1, RegistryAccessLog.MAX_SIZE)
				.items();
			assertThat(reads).filteredOn(access -> access.caller().equals("application:eligibility"))
				.first()
				.satisfies(access -> {
					assertThat(access.registry()).isEqualTo(Registry.LEGAL_PERSON);
					assertThat(access.purpose().zh()).isEqualTo("办理前核对申请条件：公章刻制备案");
				});
		}
		finally {
			assertThat(api.delete("/api/v1/drafts/" + id)).hasStatus(204);
		}
	}

	@Test
	@DisplayName("R16.6: the fees and their total are shown before submission, on the page and in the API")
	void theFeesAreShownWithTheirTotalBeforeSubmission() {
		TestAccounts.Person person = testAccounts.person();
		ApplicantApi api = api(person.mobile().value());
		String id = read(api.post("/api/v1/drafts", Map.of("matterCode", MORTGAGE)), "$.id");

		MvcTestResult check = api.get("/api/v1/drafts/" + id + "/check");

		assertThat(check).bodyJson().extractingPath("$.fees.free").isEqualTo(false);
		assertThat(JsonPath.<Number>read(body(check), "$.fees.totalYuan").doubleValue()).isEqualTo(630);
		assertThat(check).bodyJson()
			.extractingPath("$.fees.items[*].item")
			.isEqualTo(List.of("住宅类不动产登记费", "非住宅类不动产登记费"));
		Visitor visitor = new Visitor(mvc);
		visitor.logIn(person.mobile().value(), TestAccounts.PASSWORD);
		assertThat(visitor.page("/apply/drafts/" + id + "/check").text()).contains("费用 住宅类不动产登记费 80 元",
				"非住宅类不动产登记费 550 元", "合计（以上各项均适用时） 630 元");
	}

	/**
	 * A draft of the pension certification with every answer and material it needs, so
	 * that only the eligibility rule can stand in its way.
	 */
	private static String completePensionDraft(ApplicantApi api) {
		MvcTestResult created = api.post("/api/v1/drafts", Map.of("matterCode", PENSION));
		assertThat(created).hasStatus(201);
		String id = read(created, "$.id");
		var answers = new LinkedHashMap<String, Object>();
		answers.put("pensionType", "ENTERPRISE");
		answers.put("residence", "DOMESTIC");
		answers.put("homeAddress", "D市中心区文华路25号3单元502室");
		answers.put("method", "FACE");
		assertThat(api.put("/api/v1/drafts/" + id, Map.of("answers", answers))).hasStatusOk();
		assertThat(api.upload(id, "M02", "M02.pdf", SampleFiles.pdf("pension"))).hasStatus(201);
		assertThat(api.upload(id, "M03", "M03.pdf", SampleFiles.pdf("photo"))).hasStatus(201);
		return id;
	}

	private ApplicantApi api(String username) {
		return api(username, TestAccounts.PASSWORD);
	}

	private ApplicantApi api(String username, String password) {
		return new ApplicantApi(mvc, ApplicantApi.logIn(mvc, username, password), TestAccounts.clientAddress());
	}

	private static String token(WebPage check) {
		Matcher token = TOKEN.matcher(check.html());
		assertThat(token.find()).as("a form token on " + check.title()).isTrue();
		return token.group(1);
	}

}
