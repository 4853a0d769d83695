package org.tongban.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.application.web.ApplicantApi.body;
import static org.tongban.application.web.ApplicantApi.read;

import java.time.Instant;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.application.CorrectionItem.Kind;
import org.tongban.application.FoodLicenceApplications.Restaurant;
import org.tongban.application.internal.ApplicationStore;
import org.tongban.application.web.ApplicantApi;
import org.tongban.catalog.FormAnswers;
import org.tongban.identity.Accounts;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.Visitor;
import org.tongban.storage.SampleFiles;
import org.tongban.support.WebPage;

import com.jayway.jsonpath.JsonPath;

/**
 * R1.6, R3.2 (issue 12 item 5, issue 13 item 5): an applicant saved another person's
 * name, ID number and phone, or another enterprise's name, credit code and
 * representative, into the form and submitted it. The fields a form takes from the
 * verified account or the registries are shown as "what we know about you", read-only
 * with their source; a change to them is refused with the reason on every path (page,
 * API, correction), and at submission they are taken from the account and the registries
 * again, whatever the draft says.
 */
@IdentityTest
class VerifiedIdentityTests {

	/** 异地就医备案: a person's name, ID number and mobile, then their own answers. */
	static final String MEDICAL_FILING = "YBJ-YDJYBA";

	static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MyApplications myApplications;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	ApplicationStore store;

	@Autowired
	Accounts accounts;

	TestAccounts testAccounts;

	@Autowired
	FoodLicenceApplications food;

	@BeforeEach
	void fixtures() {
		testAccounts = new TestAccounts(accounts);
	}

	@Test
	@DisplayName("R1.6: another person's name, ID number and phone PUT through the API are refused, and the person's own are submitted")
	void aPersonCannotPutAnotherPersonsIdentityThroughTheApi() {
		TestAccounts.Person person = testAccounts.person();
		ApplicantApi api = api(person.mobile().value(), TestAccounts.PASSWORD);
		MvcTestResult created = api.post("/api/v1/drafts", Map.of("matterCode", MEDICAL_FILING));
		assertThat(created).hasStatus(201);
		String id = read(created, "$.id");
		assertThat(created).bodyJson().extractingPath("$.sources.idNumber.verified").isEqualTo(true);
		assertThat(created).bodyJson().extractingPath("$.sources.idNumber.label").isEqualTo("来自您的实名认证信息");

		Map<String, Object> attack = medicalFiling();
		attack.put("applicantName", "李四");
		attack.put("idNumber", TestAccounts.residentId().value());
		attack.put("mobile", TestAccounts.mobile().value());
		MvcTestResult refused = api.put("/api/v1/drafts/" + id, Map.of("answers", attack));

		assertThat(refused).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		Map<String, String> errors = JsonPath.read(body(refused), "$.errors");
		assertThat(errors).containsOnlyKeys("applicantName", "idNumber", "mobile")
			.allSatisfy((field, message) -> assertThat(message).contains("以您的实名认证账户为准，不能在申请中修改"));
		assertThat(api.get("/api/v1/drafts/" + id)).bodyJson()
			.extractingPath("$.answers.idNumber")
			.isEqualTo(List.of(person.residentId().value()));

		// What the client was given, sent back unchanged, is no change.
		Map<String, Object> roundTrip = medicalFiling();
		roundTrip.put("applicantName", person.actor().name());
		roundTrip.put("idNumber", person.residentId().value());
		roundTrip.put("mobile", person.mobile().value());
		assertThat(api.put("/api/v1/drafts/" + id, Map.of("answers", roundTrip))).hasStatusOk();
		assertThat(api.upload(id, "M02", "M02.pdf", SampleFiles.pdf("residence"))).hasStatus(201);
		MvcTestResult submitted = api.submit(id, UUID.randomUUID().toString());
		assertThat(submitted).hasStatus(201);

		Application application = store.findByNumber(read(submitted, "$.number")).orElseThrow();
		assertThat(application.answers().value("applicantName")).isEqualTo(person.actor().name());
		assertThat(application.answers().value("idNumber")).isEqualTo(person.residentId().value());
		assertThat(application.answers().value("mobile")).isEqualTo(person.mobile().value());
	}

	@Test
	@DisplayName("R1.6: a draft holding another person's identity, saved before the fix, is submitted with the person's own")
	void theIdentityIsTakenAgainAtSubmissionNotFromTheDraft() {
		TestAccounts.Person person = testAccounts.person();
		ApplicantApi api = api(person.mobile().value(), TestAccounts.PASSWORD);
		String id = read(api.post("/api/v1/drafts", Map.of("matterCode", MEDICAL_FILING)), "$.id");
		assertThat(api.put("/api/v1/drafts/" + id, Map.of("answers", medicalFiling()))).hasStatusOk();
		assertThat(api.upload(id, "M02", "M02.pdf", SampleFiles.pdf("residence"))).hasStatus(201);
		// As the attack left it: the answers written as they were before the service
		// refused them.
		Application draft = store.find(UUID.fromString(id)).orElseThrow();
		Map<String, List<String>> forged = new LinkedHashMap<>(draft.answers().values());
		forged.put("applicantName", List.of("李四"));
		forged.put("idNumber", List.of(TestAccounts.residentId().value()));
		store.update(draft.withAnswers(new FormAnswers(forged), Map.of(), draft.updatedAt()));

		MvcTestResult submitted = api.submit(id, UUID.randomUUID().toString());

		assertThat(submitted).hasStatus(201);
		Application application = store.findByNumber(read(submitted, "$.number")).orElseThrow();
		assertThat(application.answers().value("applicantName")).isEqualTo(person.actor().name());
		assertThat(application.answers().value("idNumber")).isEqualTo(person.residentId().value());
		assertThat(application.sources().get("idNumber")).isEqualTo(AnswerSource.of(AnswerSource.Kind.ACCOUNT));
	}

	@Test
	@DisplayName("R1.6, R3.2: the pages show the enterprise's name, credit code and representative read-only with their source, and a page post with them hidden in it is refused")
	void anEnterpriseCannotPostAnotherEnterprisesIdentityThroughThePages() {
		Restaurant restaurant = food.restaurant();
		String draft = "/apply/drafts/" + food.completeDraft(restaurant).id();
		Visitor visitor = new Visitor(mvc);
		visitor.logIn(restaurant.creditCode().value(), TestAccounts.PASSWORD);

		WebPage operator = visitor.page(draft + "/sections/operator");
		assertThat(operator.text()).contains("我们已掌握的您的信息", restaurant.enterprise().name(),
				restaurant.creditCode().value(), restaurant.agent().actor().name(), "来自您的实名认证信息");
		assertThat(operator.html()).as("no input for what the platform verified")
			.doesNotContain("name=\"operatorName\"", "name=\"uscc\"", "name=\"legalRepName\"")
			.contains("id=\"field-operatorName\"", "name=\"mobile\"");

		WebPage refused = WebPage.of(visitor.post(draft + "/sections/operator", "operatorName", "D市另一家餐饮有限公司", "uscc",
				TestAccounts.creditCode().value(), "legalRepName", "李四", "legalRepIdNumber",
				restaurant.agent().residentId().value(), "mobile", restaurant.agent().mobile().value(), "agent", "NO"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html()).contains("class=\"error-summary\"", "#field-operatorName\"");
		assertThat(refused.text()).contains("经营者名称以您的实名认证账户为准，不能在申请中修改", "统一社会信用代码以您的实名认证账户为准");

		WebPage check = visitor.page(draft + "/check");
		assertThat(check.text()).contains(restaurant.enterprise().name(), "来自您的实名认证信息");
		assertThat(check.html()).as("no change link for a verified answer")
			.doesNotContain("#field-operatorName\"", "#field-uscc\"")
			.contains("#field-premisesAddress\"");
		MvcTestResult submitted = visitor.post(draft + "/submit", "token", token(check));
		String number = submitted.getResponse().getRedirectedUrl().replaceAll(".*/(TB\\d+)/confirmation", "$1");

		Application application = myApplications.byNumber(restaurant.enterprise(), number);
		assertThat(application.answers().value("operatorName")).isEqualTo(restaurant.enterprise().name());
		assertThat(application.answers().value("uscc")).isEqualTo(restaurant.creditCode().value());
		assertThat(application.answers().value("legalRepName")).isEqualTo(restaurant.agent().actor().name());
		assertThat(visitor.page("/my/applications/" + number).text()).contains("来自您的实名认证信息");
	}

	@Test
	@DisplayName("R1.6, R4.2: a correction, even one that lists the enterprise's name, cannot change it, through the API or the page")
	void aCorrectionCannotChangeTheVerifiedIdentity() {
		Restaurant restaurant = food.restaurant();
		Application submitted = myApplications.byNumber(restaurant.enterprise(), food.submit(restaurant).number());
		caseFiles.requestCorrection(submitted.id(),
				new CorrectionRequest(UUID.randomUUID(), "ACCEPTANCE", "SCJGJ",
						List.of(new CorrectionItem(Kind.FIELD, "operatorName", "名称与营业执照不一致"),
								new CorrectionItem(Kind.FIELD, "premisesAddress", "地址应写到门牌号")),
						null, Instant.parse("2026-11-27T03:00:00Z")));
		String path = "/api/v1/applications/" + submitted.number() + "/correction";
		ApplicantApi api = api(restaurant.creditCode().value(), TestAccounts.PASSWORD);

		MvcTestResult refused = api.put(path,
				Map.of("answers", Map.of("operatorName", "D市另一家餐饮有限公司", "uscc", TestAccounts.creditCode().value())));

		assertThat(refused).hasStatus(422);
		assertThat(JsonPath.<Map<String, String>>read(body(refused), "$.errors"))
			.containsOnlyKeys("operatorName", "uscc")
			.allSatisfy((field, message) -> assertThat(message).contains("以您的实名认证账户为准"));

		Visitor visitor = new Visitor(mvc);
		visitor.logIn(restaurant.creditCode().value(), TestAccounts.PASSWORD);
		String page = "/my/applications/" + submitted.number() + "/correction";
		WebPage correction = visitor.page(page);
		assertThat(correction.text()).contains("我们已掌握的您的信息", restaurant.enterprise().name(), "来自您的实名认证信息");
		assertThat(correction.html()).doesNotContain("name=\"operatorName\"").contains("name=\"premisesAddress\"");
		WebPage hidden = WebPage
			.of(visitor.post(page, "operatorName", "D市另一家餐饮有限公司", "premisesAddress", "D市中山区人民路88号1单元101"));
		assertThat(hidden.status()).isEqualTo(200);
		assertThat(hidden.text()).contains("经营者名称以您的实名认证账户为准，不能在申请中修改");

		assertThat(visitor.post(page, "premisesAddress", "D市中山区人民路88号1单元101")).hasStatus(302);
		Application corrected = myApplications.byNumber(restaurant.enterprise(), submitted.number());
		assertThat(corrected.answers().value("operatorName")).isEqualTo(restaurant.enterprise().name());
		assertThat(corrected.answers().value("premisesAddress")).isEqualTo("D市中山区人民路88号1单元101");
	}

	@Test
	@DisplayName("R1.6, R3.2: the legal representative's ID number from the legal-person registry is read-only with its source, and a PUT of another is refused")
	void theRepresentativeFromTheLegalPersonRegistryCannotBeChanged() {
		ApplicantApi api = api("91210202MA0Q5K7D3U", "Tongban#2026");
		String id = read(api.post("/api/v1/drafts", Map.of("matterCode", FoodLicenceApplications.MATTER)), "$.id");
		try {
			MvcTestResult refused = api.put("/api/v1/drafts/" + id,
					Map.of("answers", Map.of("legalRepIdNumber", TestAccounts.residentId().value())));
			assertThat(refused).hasStatus(422);
			assertThat(read(refused, "$.errors.legalRepIdNumber")).contains("法人单位基础信息库（法人库）登记的为准");
			assertThat(api.get("/api/v1/drafts/" + id)).bodyJson()
				.extractingPath("$.answers.legalRepIdNumber")
				.isEqualTo(List.of("210202198503120311"));

			Visitor visitor = new Visitor(mvc);
			visitor.logIn("91210202MA0Q5K7D3U", "Tongban#2026");
			WebPage operator = visitor.page("/apply/drafts/" + id + "/sections/operator");
			assertThat(operator.text()).contains("来自法人单位基础信息库", "210202198503120311", "张伟");
			assertThat(operator.html()).doesNotContain("name=\"legalRepIdNumber\"", "name=\"legalRepName\"");
			assertThat(visitor.page("/apply/drafts/" + id + "/sections/operator?lang=en").text())
				.contains("What we know about you", "From the legal-person registry");
		}
		finally {
			assertThat(api.delete("/api/v1/drafts/" + id)).hasStatus(204);
		}
	}

	/** The answers of the medical filing that are the person's own to give. */
	private static Map<String, Object> medicalFiling() {
		var answers = new LinkedHashMap<String, Object>();
		answers.put("insuranceType", "EMPLOYEE");
		answers.put("byAgent", "NO");
		answers.put("filingType", "LONG_TERM_RESIDENT");
		answers.put("province", "11");
		answers.put("city", "北京市");
		answers.put("startDate", "2026-12-01");
		return answers;
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
