package org.tongban.application.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.application.web.ApplicantApi.body;
import static org.tongban.application.web.ApplicantApi.read;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.identity.Accounts;
import org.tongban.identity.IdentityTest;
import org.tongban.support.TestClock;
import org.tongban.identity.TestAccounts;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;
import org.tongban.storage.SampleFiles;

import com.jayway.jsonpath.JsonPath;

/**
 * The applicant API for the mobile app, on the real food business licence (食品经营许可) of the
 * demo catalogue, as fresh enterprises logged in with bearer tokens: a draft filled in,
 * refused values listed field by field, real PDFs uploaded, submitted once whatever the
 * retries (R3.4), followed by number with its timeline (R7.1), seen by anybody with the
 * query code without personal data (R7.2), withdrawn (R3.5); nobody else finds any of it
 * (R12.5); the public query and submission are limited per client address (R12.4).
 */
@IdentityTest
class ApplicationApiTests {

	static final String FOOD_LICENCE = "SCJGJ-SPJYXK";

	/**
	 * The materials of the food licence that the applicant uploads; the others the
	 * platform makes or fetches.
	 */
	static final List<String> UPLOADED = List.of("M04", "M05");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	TestClock clock;

	TestAccounts testAccounts;

	String address;

	@BeforeEach
	void accounts() {
		testAccounts = new TestAccounts(accounts);
		address = TestAccounts.clientAddress();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anEnterpriseAppliesForTheFoodLicenceFromDraftToWithdrawal_R3_4_R3_5_R7_1_R7_2() {
		Enterprise enterprise = enterprise();

		// A draft of the version in force, with the materials to upload.
		MvcTestResult created = enterprise.post("/api/v1/drafts", Map.of("matterCode", FOOD_LICENCE));
		assertThat(created).hasStatus(201);
		String id = read(created, "$.id");
		assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/drafts/" + id);
		assertThat(created).bodyJson().extractingPath("$.status").isEqualTo("DRAFT");
		assertThat(created).bodyJson().extractingPath("$.matterName").isEqualTo("食品经营许可（新办）");
		assertThat(created).bodyJson().extractingPath("$.departmentName").asString().contains("市场监督管理");
		assertThat(JsonPath.<List<String>>read(body(created), "$.materialsToUpload[*].code")).containsAll(UPLOADED)
			.doesNotContain("M01");

		// Invalid values are refused field by field, and nothing is saved.
		MvcTestResult invalid = enterprise.put("/api/v1/drafts/" + id,
				Map.of("answers", Map.of("mobile", "12345", "premisesArea", "0", "salary", "100")));
		assertThat(invalid).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		Map<String, String> errors = JsonPath.read(body(invalid), "$.errors");
		assertThat(errors).containsOnlyKeys("mobile", "premisesArea", "salary")
			.allSatisfy((field, message) -> assertThat(message).isNotBlank().doesNotContain("catalog.form"));
		assertThat(enterprise.get("/api/v1/drafts/" + id)).bodyJson().doesNotHavePath("$.answers.mobile");

		// Valid answers are saved: texts, numbers and lists of choices.
		MvcTestResult saved = enterprise.put("/api/v1/drafts/" + id, Map.of("answers", enterprise.answers()));
		assertThat(saved).hasStatusOk();
		assertThat(saved).bodyJson().extractingPath("$.answers.items").isEqualTo(List.of("HOT", "COLD"));
		assertThat(saved).bodyJson().extractingPath("$.answers.premisesArea").isEqualTo(List.of("120"));

		// Without its materials it cannot be submitted: each one is listed.
		MvcTestResult incomplete = enterprise.submit(id, UUID.randomUUID().toString());
		assertThat(incomplete).hasStatus(422);
		assertThat(JsonPath.<Map<String, String>>read(body(incomplete), "$.errors")).containsOnlyKeys("material.M04",
				"material.M05");
		assertThat(JsonPath.<List<String>>read(body(incomplete), "$.stops")).isEmpty();

		// Real PDFs, downloaded again under the server's name.
		for (String material : UPLOADED) {
			MvcTestResult uploaded = enterprise.upload(id, material, "材料 " + material + ".pdf",
					SampleFiles.pdf(material));
			assertThat(uploaded).hasStatus(201);
			assertThat(uploaded).bodyJson().extractingPath("$.type").isEqualTo("PDF");
			assertThat(uploaded).bodyJson().extractingPath("$.displayName").isEqualTo("材料 " + material + ".pdf");
		}
		String floorPlan = JsonPath
			.<List<String>>read(body(enterprise.get("/api/v1/drafts/" + id)),
					"$.materials[?(@.materialCode == 'M04')].attachmentId")
			.get(0);
		MvcTestResult download = enterprise.get("/api/v1/drafts/" + id + "/materials/" + floorPlan);
		assertThat(download).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("filename*=UTF-8''");
		assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getResponse().getContentAsByteArray())
			.startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));

		// Submitted once: a retry with the same key gets the same receipt.
		String key = UUID.randomUUID().toString();
		MvcTestResult submitted = enterprise.submit(id, key);
		assertThat(submitted).hasStatus(201);
		String number = read(submitted, "$.number");
		String queryCode = read(submitted, "$.queryCode");
		assertThat(number).matches("TB\\d{14,}");
		assertThat(submitted.getResponse().getHeader("Location")).isEqualTo("/api/v1/applications/" + number);
		assertThat(queryCode).isNotBlank();
		LocalDate receivedOn = LocalDate.ofInstant(java.time.Instant.parse(read(submitted, "$.receivedAt")),
				clock.getZone());
		assertThat(LocalDate.parse(read(submitted, "$.clockStartsOn"))).isAfter(receivedOn);
		assertThat(LocalDate.parse(read(submitted, "$.acceptanceDueOn")))
			.isAfter(LocalDate.parse(read(submitted, "$.clockStartsOn")));
		MvcTestResult retried = enterprise.submit(id, key);
		assertThat(retried).hasStatus(201);
		assertThat(body(retried)).isEqualTo(body(submitted));
		MvcTestResult submittedFile = enterprise.get("/api/v1/applications/" + number + "/materials/" + floorPlan);
		assertThat(submittedFile).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		assertThat(submittedFile.getResponse().getContentAsByteArray())
			.isEqualTo(download.getResponse().getContentAsByteArray());

		// The same key for another application is refused.
		String other = read(enterprise.post("/api/v1/drafts", Map.of("matterCode", FOOD_LICENCE)), "$.id");
		assertThat(enterprise.submit(other, key)).hasStatus(409);

		// The files of the submitted application are "my materials", to reuse in the
		// other draft.
		assertThat(JsonPath.<List<String>>read(body(enterprise.get("/api/v1/my/materials")), "$[*].attachmentId"))
			.contains(floorPlan);
		MvcTestResult reused = enterprise.post("/api/v1/drafts/" + other + "/materials/reuse",
				Map.of("material", "M04", "attachmentId", floorPlan));
		assertThat(reused).hasStatus(201);
		assertThat(reused).bodyJson().extractingPath("$.reusedFrom").isEqualTo(number);
		assertThat(enterprise.delete("/api/v1/drafts/" + other + "/materials/" + floorPlan)).hasStatus(204);
		assertThat(enterprise.delete("/api/v1/drafts/" + other)).hasStatus(204);
		assertThat(enterprise.get("/api/v1/drafts/" + other)).hasStatus(404);
		assertThat(enterprise.delete("/api/v1/drafts/" + id)).as("a submitted application").hasStatus(409);

		// The applicant follows it by number: the timeline and the messages.
		assertThat(enterprise.post("/api/v1/applications/" + number + "/messages", Map.of("body", "请问何时现场核查？")))
			.hasStatus(201);
		MvcTestResult followed = enterprise.get("/api/v1/applications/" + number);
		assertThat(followed).hasStatusOk();
		assertThat(followed).bodyJson().extractingPath("$.status").isEqualTo("SUBMITTED");
		assertThat(followed).bodyJson().extractingPath("$.receipt.number").isEqualTo(number);
		assertThat(JsonPath.<List<String>>read(body(followed), "$.timeline[*].step")).containsExactly("SUBMITTED",
				"ACCEPTANCE");
		assertThat(followed).bodyJson().extractingPath("$.timeline[1].name").isEqualTo("受理审查");
		assertThat(followed).bodyJson().extractingPath("$.timeline[1].departmentCode").isEqualTo("SCJGJ");
		assertThat(followed).bodyJson().extractingPath("$.timeline[1].departmentName").asString().isNotBlank();
		assertThat(followed).bodyJson()
			.extractingPath("$.timeline[1].dueOn")
			.isEqualTo(read(submitted, "$.acceptanceDueOn"));
		assertThat(followed).bodyJson().extractingPath("$.messages[0].body").isEqualTo("请问何时现场核查？");
		assertThat(followed).bodyJson().extractingPath("$.answers.uscc").isEqualTo(List.of(enterprise.creditCode()));

		// Anybody with the number and the query code sees where it stands, and nothing
		// personal.
		MvcTestResult status = query(number, queryCode.toLowerCase());
		assertThat(status).hasStatusOk();
		assertThat(status).bodyJson().extractingPath("$.status").isEqualTo("SUBMITTED");
		assertThat(status).bodyJson().extractingPath("$.statusLabel").isEqualTo("已提交，等待受理");
		assertThat(status).bodyJson().extractingPath("$.departmentCode").isEqualTo("SCJGJ");
		assertThat(status).bodyJson().extractingPath("$.currentStep").isEqualTo("ACCEPTANCE");
		assertThat(status).bodyJson().extractingPath("$.currentStepName").isEqualTo("受理审查");
		assertThat(status).bodyJson().extractingPath("$.receivedOn").isEqualTo(receivedOn.toString());
		assertThat(body(status)).doesNotContain(enterprise.name(), enterprise.creditCode(), "王小明", "13800138000",
				"D市中心区", queryCode);

		// Withdrawn once, and only once.
		MvcTestResult withdrawn = enterprise.post("/api/v1/applications/" + number + "/withdraw", Map.of());
		assertThat(withdrawn).hasStatusOk();
		assertThat(withdrawn).bodyJson().extractingPath("$.status").isEqualTo("WITHDRAWN");
		assertThat(query(number, queryCode)).bodyJson().extractingPath("$.status").isEqualTo("WITHDRAWN");
		assertThat(enterprise.post("/api/v1/applications/" + number + "/withdraw", Map.of())).hasStatus(409);
	}

	@Test
	void aCountWithDecimalsIsRefusedNamingItsField_R3_1() {
		Enterprise enterprise = enterprise();
		String id = read(enterprise.post("/api/v1/drafts", Map.of("matterCode", FOOD_LICENCE)), "$.id");

		MvcTestResult refused = enterprise.put("/api/v1/drafts/" + id, Map.of("answers", Map.of("staffCount", 8.5)));

		assertThat(refused).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(JsonPath.<Map<String, String>>read(body(refused), "$.errors"))
			.containsExactly(Map.entry("staffCount", "从业人员数必须是整数，不能有小数，例如 8。"));
		assertThat(enterprise.put("/api/v1/drafts/" + id, Map.of("answers", Map.of("staffCount", 8)))).hasStatusOk();
	}

	@Test
	void whatStopsAnApplicationAtTheFormIsSaidAtSubmissionInTheReadersLanguage_R16_6() {
		Enterprise enterprise = enterprise();
		String id = enterprise.completeDraft();
		assertThat(enterprise.put("/api/v1/drafts/" + id,
				Map.of("answers", Map.of("businessForm", "SALES_PREPACKAGED_ONLY", "staffCount", ""))))
			.hasStatusOk();

		MvcTestResult refused = enterprise.request(mvc.post()
			.uri("/api/v1/drafts/" + id + "/submit")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.header("Accept-Language", "en"));

		assertThat(refused).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(JsonPath.<List<String>>read(body(refused), "$.stops")).singleElement()
			.asString()
			.contains("SCJGJ-YBZSPBA");
		assertThat(read(refused, "$.detail")).isEqualTo(JsonPath.<List<String>>read(body(refused), "$.stops").get(0));
		assertThat(JsonPath.<Map<String, String>>read(body(refused), "$.errors")).containsOnlyKeys("staffCount");
		assertThat(read(refused, "$.title")).isEqualTo("Validation failed");
		assertThat(enterprise.get("/api/v1/drafts/" + id)).bodyJson().extractingPath("$.status").isEqualTo("DRAFT");
	}

	@Test
	void aWrongNumberAndAWrongQueryCodeGetTheSameAnswer_R7_2() {
		Enterprise enterprise = enterprise();
		MvcTestResult receipt = enterprise.submit(enterprise.completeDraft(), UUID.randomUUID().toString());

		MvcTestResult wrongCode = query(read(receipt, "$.number"), "WRONG123");
		MvcTestResult wrongNumber = query("TB20261127999999", read(receipt, "$.queryCode"));

		assertThat(wrongCode).hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(wrongNumber).hasStatus(404);
		assertThat(read(wrongCode, "$.detail")).isEqualTo(read(wrongNumber, "$.detail"))
			.isEqualTo("申请编号或查询码不正确。请核对后重试。");
	}

	@Test
	void aBadFileIsRefusedWith422AndTheReason_R3_3() {
		Enterprise enterprise = enterprise();
		String id = read(enterprise.post("/api/v1/drafts", Map.of("matterCode", FOOD_LICENCE)), "$.id");

		MvcTestResult refused = enterprise.upload(id, "M04", "plan.pdf", "not a PDF at all".getBytes());

		assertThat(refused).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(read(refused, "$.detail")).isNotBlank();
		assertThat(enterprise.get("/api/v1/drafts/" + id)).bodyJson().extractingPath("$.materials").asArray().isEmpty();
	}

	@Test
	void anotherApplicantFindsNoneOfSomeoneElsesDraftsOrApplications_R12_5() {
		Enterprise owner = enterprise();
		String id = owner.completeDraft();
		String attachment = JsonPath
			.<List<String>>read(body(owner.get("/api/v1/drafts/" + id)), "$.materials[*].attachmentId")
			.get(0);
		String draft = read(owner.post("/api/v1/drafts", Map.of("matterCode", FOOD_LICENCE)), "$.id");
		String number = read(owner.submit(id, UUID.randomUUID().toString()), "$.number");
		Enterprise other = enterprise();

		assertThat(other.get("/api/v1/drafts/" + draft)).hasStatus(404);
		assertThat(other.put("/api/v1/drafts/" + draft, Map.of("answers", Map.of("mobile", "13800138000"))))
			.hasStatus(404);
		assertThat(other.upload(draft, "M04", "plan.pdf", SampleFiles.pdf("Floor plan"))).hasStatus(404);
		assertThat(other.post("/api/v1/drafts/" + draft + "/materials/reuse",
				Map.of("material", "M04", "attachmentId", attachment)))
			.hasStatus(404);
		assertThat(other.submit(draft, UUID.randomUUID().toString())).hasStatus(404);
		assertThat(other.delete("/api/v1/drafts/" + draft)).hasStatus(404);
		assertThat(other.get("/api/v1/drafts/" + id)).hasStatus(404);
		assertThat(other.get("/api/v1/drafts/" + id + "/materials/" + attachment)).hasStatus(404);
		assertThat(other.delete("/api/v1/drafts/" + id + "/materials/" + attachment)).hasStatus(404);
		assertThat(other.get("/api/v1/applications/" + number)).hasStatus(404);
		assertThat(other.get("/api/v1/applications/" + number + "/materials/" + attachment)).hasStatus(404);
		assertThat(other.post("/api/v1/applications/" + number + "/withdraw", Map.of())).hasStatus(404);
		assertThat(other.post("/api/v1/applications/" + number + "/messages", Map.of("body", "你好"))).hasStatus(404);
		assertThat(JsonPath.<Integer>read(body(other.get("/api/v1/applications")), "$.totalItems")).isZero();
		assertThat(body(other.get("/api/v1/my/materials"))).isEqualTo("[]");

		assertThat(owner.get("/api/v1/applications/" + number)).as("still there for its owner").hasStatusOk();
		assertThat(JsonPath.<List<String>>read(body(owner.get("/api/v1/applications")), "$.items[*].id")).contains(id,
				draft);
	}

	@Test
	void anApplicantReadsTheirApplicationsAPageAtATimeTheLatestFirst_R7_1() {
		Enterprise enterprise = enterprise();
		var drafts = new ArrayList<String>();
		for (int i = 0; i < 5; i++) {
			clock.advance(Duration.ofMinutes(1));
			drafts.add(read(enterprise.post("/api/v1/drafts", Map.of("matterCode", FOOD_LICENCE)), "$.id"));
		}

		String second = body(enterprise.get("/api/v1/applications?page=2&size=2"));

		assertThat(JsonPath.<List<String>>read(second, "$.items[*].id")).containsExactly(drafts.get(2), drafts.get(1));
		assertThat(JsonPath.<Integer>read(second, "$.totalItems")).isEqualTo(5);
		assertThat(JsonPath.<Integer>read(second, "$.totalPages")).isEqualTo(3);
		assertThat(JsonPath.<List<String>>read(body(enterprise.get("/api/v1/applications")), "$.items[*].id"))
			.as("20 a page unless asked")
			.hasSize(5);
		assertThat(enterprise.get("/api/v1/applications?page=0")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.parameter")
			.isEqualTo("page");
		assertThat(enterprise.get("/api/v1/applications?size=101")).hasStatus(400)
			.bodyText()
			.contains("每页条数必须在 1 到 100 之间");
	}

	@Test
	void submittingWithoutAnIdempotencyKeyIs400AndSaysWhatIsMissing_R3_4() {
		Enterprise enterprise = enterprise();
		String id = read(enterprise.post("/api/v1/drafts", Map.of("matterCode", FOOD_LICENCE)), "$.id");

		MvcTestResult missing = enterprise.request(mvc.post().uri("/api/v1/drafts/" + id + "/submit"));
		MvcTestResult malformed = enterprise.submit(id, "short");

		assertThat(missing).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(read(missing, "$.detail")).isEqualTo("缺少必需的请求头“Idempotency-Key”。");
		assertThat(read(missing, "$.parameter")).isEqualTo("Idempotency-Key");
		assertThat(malformed).hasStatus(400);
		assertThat(read(malformed, "$.detail")).contains("Idempotency-Key");
		assertThat(enterprise.get("/api/v1/drafts/" + id)).bodyJson().extractingPath("$.status").isEqualTo("DRAFT");
	}

	@Test
	void anAddressMakesThirtyQueriesAMinuteThen429WithRetryAfter_R12_4() {
		for (int i = 0; i < 30; i++) {
			assertThat(query("TB20261127999999", "WRONG123")).hasStatus(404);
		}
		MvcTestResult throttled = query("TB20261127999999", "WRONG123");

		assertThat(throttled).hasStatus(429).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(Long.parseLong(throttled.getResponse().getHeader("Retry-After"))).isBetween(1L, 60L);
		assertThat(read(throttled, "$.detail")).startsWith("查询过于频繁");
		assertThat(mvc.get()
			.uri("/api/v1/query?number=TB20261127999999&code=WRONG123")
			.header("Accept-Language", "en")
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})).bodyJson().extractingPath("$.detail").asString().startsWith("Too many queries");

		String elsewhere = address;
		address = TestAccounts.clientAddress();
		assertThat(query("TB20261127999999", "WRONG123")).as("another address").hasStatus(404);

		address = elsewhere;
		clock.advance(Duration.ofMinutes(1));
		assertThat(query("TB20261127999999", "WRONG123")).as("a minute later").hasStatus(404);
	}

	@Test
	void anAddressMakesTenSubmissionsAMinuteThen429WithRetryAfter_R12_4() {
		Enterprise enterprise = enterprise();
		String id = read(enterprise.post("/api/v1/drafts", Map.of("matterCode", FOOD_LICENCE)), "$.id");
		for (int i = 0; i < 10; i++) {
			assertThat(enterprise.submit(id, "short")).hasStatus(400);
		}

		MvcTestResult throttled = enterprise.submit(id, UUID.randomUUID().toString());

		assertThat(throttled).hasStatus(429).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(throttled.getResponse().getHeader("Retry-After")).isNotBlank();
		assertThat(read(throttled, "$.detail")).startsWith("提交过于频繁");
		clock.advance(Duration.ofMinutes(1));
		assertThat(enterprise.submit(id, "short")).as("a minute later").hasStatus(400);
	}

	@Test
	void theOpenApiDocumentDescribesTheApplicantApiAndItsRefusals() {
		String api = body(mvc.get().uri("/v3/api-docs").exchange());

		assertThat(JsonPath.<Map<String, Object>>read(api, "$.paths")).containsKeys("/api/v1/applications",
				"/api/v1/drafts/{id}", "/api/v1/drafts/{id}/submit", "/api/v1/applications/{number}",
				"/api/v1/applications/{number}/withdraw", "/api/v1/drafts/{id}/materials", "/api/v1/query");
		assertThat(JsonPath.<Map<String, Object>>read(api, "$.paths['/api/v1/drafts/{id}'].put.responses"))
			.containsKeys("200", "404", "409", "422");
		assertThat(JsonPath.<List<Object>>read(api,
				"$.paths['/api/v1/drafts/{id}/submit'].post.parameters[?(@.name == 'Idempotency-Key')].required"))
			.containsExactly(true);
		assertThat(JsonPath.<List<Object>>read(api, "$.paths['/api/v1/drafts'].post.security[*].bearer")).hasSize(1);
	}

	/**
	 * A fresh enterprise, registered by a fresh person and logged in through the API with
	 * its credit code.
	 */
	private Enterprise enterprise() {
		UnifiedSocialCreditCode creditCode = TestAccounts.creditCode();
		String name = testAccounts.enterprise(testAccounts.person(), creditCode).name();
		return new Enterprise(ApplicantApi.logIn(mvc, creditCode.value(), TestAccounts.PASSWORD), creditCode.value(),
				name);
	}

	private MvcTestResult query(String number, String code) {
		return mvc.get().uri("/api/v1/query?number={number}&code={code}", number, code).with(request -> {
			request.setRemoteAddr(address);
			return request;
		}).exchange();
	}

	/** An enterprise of the API, calling from the test's client address. */
	private final class Enterprise extends ApplicantApi {

		private final String creditCode;

		private final String name;

		Enterprise(String token, String creditCode, String name) {
			super(mvc, token, address);
			this.creditCode = creditCode;
			this.name = name;
		}

		String creditCode() {
			return creditCode;
		}

		String name() {
			return name;
		}

		/**
		 * A complete and valid application for the food licence, as the form in force
		 * asks for it (R3.1); the enterprise's name, credit code and representative come
		 * from its verified account (R1.6).
		 */
		Map<String, Object> answers() {
			var answers = new LinkedHashMap<String, Object>();
			answers.put("legalRepIdNumber", "210202198503120311");
			answers.put("mobile", "13800138000");
			answers.put("agent", "NO");
			answers.put("premisesAddress", "D市中心区市民大道8号");
			answers.put("premisesArea", 120);
			answers.put("diningArea", "80");
			answers.put("online", "NO");
			answers.put("businessForm", "CATERING_RESTAURANT");
			answers.put("items", List.of("HOT", "COLD"));
			answers.put("vending", "NO");
			answers.put("safetyManager", "李红");
			answers.put("safetyManagerMobile", "13900139000");
			answers.put("staffCount", "8");
			answers.put("truthful", "true");
			return answers;
		}

		/** A new draft with every answer and material, ready to submit. */
		String completeDraft() {
			String id = read(post("/api/v1/drafts", Map.of("matterCode", FOOD_LICENCE)), "$.id");
			assertThat(put("/api/v1/drafts/" + id, Map.of("answers", answers()))).hasStatusOk();
			for (String material : UPLOADED) {
				assertThat(upload(id, material, material + ".pdf", SampleFiles.pdf(material))).hasStatus(201);
			}
			return id;
		}

	}

}
