package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.tongban.application.CaseDocument;
import org.tongban.application.CaseFiles;
import org.tongban.application.DeliveryChoices;
import org.tongban.application.DeliveryMethod;
import org.tongban.application.DeliveryProgress;
import org.tongban.application.DeliveryProgress.Status;
import org.tongban.application.MyApplications;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.LogInMethod;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.Visitor;
import org.tongban.identity.login.ApiTokens;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.licence.delivery.Deliveries;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.RefusedException;
import org.tongban.shared.crypto.FieldCipher;
import org.tongban.support.AuditProbe;
import org.tongban.support.TestClock;
import org.tongban.support.TestImages;
import org.tongban.support.WebPage;

import tools.jackson.databind.json.JsonMapper;

/**
 * R6.4: the applicant chooses on the draft how the result reaches them, electronically,
 * at the department's hall or by post; once the case is decided, its delivery has a
 * status and a dated proof, and the applicant is told at each change. Only the window
 * clerks of the case's department act, never on their own case (R12.7).
 */
@IdentityTest
class DeliveryOfResultsTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	CaseFixtures cases;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	TestClock clock;

	@Autowired
	DeliveryChoices choices;

	@Autowired
	Deliveries deliveries;

	@Autowired
	MyApplications myApplications;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FieldCipher cipher;

	@Test
	@DisplayName("R6.4: pick-up chosen on the draft's page; after the grant the code is on the application page and in the notice; a wrong code, a missing signature or one that is no image or too large is refused; the right code with the signature hands over, the signature shown to the department's clerks as the proof")
	void aPickUpIsHandedOverOnItsCode() {
		CaseFixtures.Draft draft = cases.standardDraft();
		String path = "/apply/drafts/" + draft.id();
		var applicant = new Visitor(mvc);
		applicant.logIn(draft.logInName(), TestAccounts.PASSWORD);

		assertThat(applicant.page(path).text()).contains("审批结果领取方式", "电子送达（网上下载）");
		assertThat(applicant.page(path + "/delivery?lang=en").text()).contains("How you receive the result",
				"Pick up at the hall", "By post");
		applicant.page(path + "/delivery?lang=zh");
		MvcTestResult noMethod = applicant.post(path + "/delivery", "method", "");
		assertThat(noMethod).hasStatus(400);
		assertThat(WebPage.of(noMethod).text()).contains("请选择领取方式。");
		assertThat(applicant.post(path + "/delivery", "method", "PICK_UP", "returnTo", "check")).hasStatus(302)
			.hasRedirectedUrl(path + "/check");
		assertThat(applicant.page(path + "/check").text()).contains("审批结果领取方式", "到大厅领取");

		CaseFixtures.Submitted submitted = cases.submit(draft);
		cases.decideFromAcceptance(submitted.number(), CaseFixtures.SCJGJ, Decision.GRANT);
		DeliveryProgress waiting = awaitDelivery(submitted.id());
		assertThat(waiting.method()).isEqualTo(DeliveryMethod.PICK_UP);
		assertThat(waiting.status()).isEqualTo(Status.WAITING);
		String code = waiting.pickUpCode();
		assertThat(code).matches("[0-9]{8}");
		assertThat(applicant.page("/my/applications/" + submitted.number()).text()).contains("取件码", code, "待领取");
		assertThat(told(draft.applicant(), "DELIVERY_PICK_UP")).anySatisfy(notice -> assertThat(notice).contains(code));

		var clerk = new Visitor(mvc);
		clerk.logIn(EnrolledStaff.create(accounts, secondFactor, clock,
				DepartmentRole.of(Role.WINDOW_CLERK, CaseFixtures.SCJGJ)));
		assertThat(clerk.page("/staff/deliveries").text()).contains("审批结果送达", submitted.number(), "待领取");
		String delivery = "/staff/deliveries/" + submitted.number();
		String wrong = code.equals("00000000") ? "00000001" : "00000000";
		assertThat(clerk.page(delivery).text()).contains("领取人签名");
		byte[] signature = TestImages.signature();
		MvcTestResult refused = clerk.upload(delivery + "/hand-over", "signature", "签名.png", signature, "code", wrong,
				"recipient", "王小明", "identityChecked", "true");
		assertThat(refused).hasStatus(400);
		assertThat(WebPage.of(refused).text()).contains("取件码不正确，还可以再试4次。");
		MvcTestResult unchecked = clerk.post(delivery + "/hand-over?lang=en", "code", code, "recipient", "王小明");
		assertThat(unchecked).hasStatus(400);
		assertThat(WebPage.of(unchecked).text()).contains("Check the recipient's identity document");
		clerk.page(delivery + "?lang=zh");
		MvcTestResult unsigned = clerk.post(delivery + "/hand-over", "code", code, "recipient", "王小明",
				"identityChecked", "true");
		assertThat(unsigned).hasStatus(400);
		assertThat(WebPage.of(unsigned).text()).contains("请上传领取人手写签名的图片。");
		MvcTestResult notAnImage = clerk.upload(delivery + "/hand-over?lang=en", "signature", "signature.png",
				"%PDF-1.7 not an image".getBytes(StandardCharsets.UTF_8), "code", code, "recipient", "王小明",
				"identityChecked", "true");
		assertThat(notAnImage).hasStatus(400);
		assertThat(WebPage.of(notAnImage).text()).contains("The signature must be a PNG or JPEG image.");
		clerk.page(delivery + "?lang=zh");
		byte[] heavy = TestImages.noise(640, 640);
		assertThat(heavy.length).isGreaterThan(1024 * 1024);
		MvcTestResult tooHeavy = clerk.upload(delivery + "/hand-over", "signature", "签名.png", heavy, "code", code,
				"recipient", "王小明", "identityChecked", "true");
		assertThat(tooHeavy).hasStatus(400);
		assertThat(WebPage.of(tooHeavy).text()).contains("签名图片不能超过1 MB，也不能大于4000×4000像素。");
		MvcTestResult tooWide = clerk.upload(delivery + "/hand-over?lang=en", "signature", "signature.png",
				TestImages.blank(4001, 10), "code", code, "recipient", "王小明", "identityChecked", "true");
		assertThat(tooWide).hasStatus(400);
		assertThat(WebPage.of(tooWide).text())
			.contains("The signature image must be at most 1 MB and 4000 × 4000 pixels.");
		assertThat(deliveries.of(submitted.id()).orElseThrow().status()).isEqualTo(Status.WAITING);
		clerk.page(delivery + "?lang=zh");
		assertThat(clerk.upload(delivery + "/hand-over", "signature", "签名.png", signature, "code", code, "recipient",
				"王小明", "identityChecked", "true"))
			.hasStatus(302);

		DeliveryProgress delivered = deliveries.of(submitted.id()).orElseThrow();
		assertThat(delivered.status()).isEqualTo(Status.DELIVERED);
		assertThat(delivered.recipient()).isEqualTo("王小明");
		assertThat(delivered.deliveredAt()).isNotNull();
		assertThat(delivered.pickUpCode()).as("no code once handed over").isNull();
		assertThat(applicant.page("/my/applications/" + submitted.number()).text()).contains("已领取", "已当面交给王小明")
			.doesNotContain(code);
		assertThat(told(draft.applicant(), "DELIVERED")).hasSize(1);
		assertThat(clerk.page("/staff/deliveries").text()).doesNotContain(submitted.number());

		// The signature is the proof on the delivery's page, for the department's clerks
		// only.
		assertThat(clerk.page(delivery).html()).contains("src=\"" + delivery + "/signature\"", "王小明的手写签名");
		MvcTestResult image = clerk.get(delivery + "/signature");
		assertThat(image).hasStatusOk().hasContentType("image/png");
		assertThat(image.getResponse().getContentAsByteArray()).isEqualTo(signature);
		assertThat(new AuditProbe(jdbc).of("case", submitted.number()))
			.anyMatch(row -> row.action().equals("licence.delivery.signature.read") && row.outcome().equals("SUCCESS"));
		var otherClerk = new Visitor(mvc);
		otherClerk.logIn(EnrolledStaff.create(accounts, secondFactor, clock,
				DepartmentRole.of(Role.WINDOW_CLERK, CaseFixtures.TEST_DEPARTMENT)));
		assertThat(otherClerk.get(delivery + "/signature")).hasStatus(404);
		assertThat(applicant.get(delivery + "/signature")).hasStatus(403);
	}

	@Test
	@DisplayName("R6.4: post chosen through the API with its address; the clerk records the tracking number, then the receipt, and the applicant is told each time")
	void aPostIsTrackedAndReceived() {
		CaseFixtures.Draft draft = cases.standardDraft();
		Caller applicant = new Caller(draft.applicant());
		String api = "/api/v1/drafts/" + draft.id() + "/delivery";
		assertThat(applicant.put(api, Map.of("method", "POST", "postcode", "116000"))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.parameter")
			.isEqualTo("address");
		assertThat(applicant.put(api, Map.of("method", "POST", "address", "D市中山区人民路88号", "postcode", "1160")))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.parameter")
			.isEqualTo("postcode");
		assertThat(applicant.put(api, Map.of("method", "POST", "address", "D市中山区人民路88号", "postcode", "116000")))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.method")
			.isEqualTo("POST");
		assertThat(applicant.get("/api/v1/drafts/" + draft.id())).bodyJson()
			.extractingPath("$.delivery.address")
			.isEqualTo("D市中山区人民路88号");

		CaseFixtures.Submitted submitted = cases.submit(draft);
		assertThat(applicant.put(api, Map.of("method", "ELECTRONIC"))).as("not once submitted").hasStatus(409);
		cases.decideFromAcceptance(submitted.number(), CaseFixtures.SCJGJ, Decision.GRANT);
		assertThat(awaitDelivery(submitted.id()).status()).isEqualTo(Status.WAITING);

		Caller clerk = new Caller(cases.clerk());
		String delivery = "/api/v1/staff/deliveries/" + submitted.number();
		assertThat(body(clerk.get("/api/v1/staff/deliveries"))).contains(submitted.number());
		assertThat(clerk.get(delivery)).bodyJson().extractingPath("$.address").isEqualTo("D市中山区人民路88号");
		MvcTestResult empty = clerk.post(delivery + "/post", Map.of("carrier", "中国邮政EMS", "trackingNumber", " "));
		assertThat(empty).hasStatus(400).bodyJson().extractingPath("$.parameter").isEqualTo("trackingNumber");
		assertThat(body(empty)).contains("请填写快递单号。");
		assertThat(clerk.post(delivery + "/post", Map.of("carrier", "中国邮政EMS", "trackingNumber", "E".repeat(31))))
			.hasStatus(400);
		assertThat(clerk.post(delivery + "/post", Map.of("carrier", "邮".repeat(41), "trackingNumber", "EA123456789CN")))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.parameter")
			.isEqualTo("carrier");
		assertThat(clerk.post(delivery + "/receipt", Map.of("receivedOn", LocalDate.now(clock).toString())))
			.as("not posted yet")
			.hasStatus(409);
		assertThat(clerk.post(delivery + "/post", Map.of("carrier", "中国邮政EMS", "trackingNumber", "EA123456789CN")))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("POSTED");
		assertThat(told(draft.applicant(), "DELIVERY_POSTED")).singleElement()
			.satisfies(notice -> assertThat(notice).contains("EA123456789CN"));

		assertThat(clerk.post(delivery + "/receipt", Map.of("receivedOn", "2026-13-01"))).hasStatus(400);
		assertThat(clerk.post(delivery + "/receipt", Map.of("receivedOn", LocalDate.now(clock).plusDays(1).toString())))
			.hasStatus(400);
		assertThat(clerk.post(delivery + "/receipt", Map.of("receivedOn", LocalDate.now(clock).toString())))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("DELIVERED");
		assertThat(applicant.get("/api/v1/applications/" + submitted.number())).bodyJson()
			.extractingPath("$.delivery.progress.receivedOn")
			.isEqualTo(LocalDate.now(clock).toString());
		assertThat(told(draft.applicant(), "DELIVERED")).hasSize(1);
	}

	@Test
	@DisplayName("R6.4: electronic by default, delivered by the first download of the decision, with its time as proof")
	void electronicIsDeliveredOnTheFirstDownload() {
		CaseFixtures.Submitted submitted = cases.standard();
		cases.decideFromAcceptance(submitted.number(), CaseFixtures.SCJGJ, Decision.DENY);
		assertThat(awaitDelivery(submitted.id())).extracting(DeliveryProgress::method, DeliveryProgress::status)
			.containsExactly(DeliveryMethod.ELECTRONIC, Status.WAITING);
		CaseDocument decision = caseFiles.get(submitted.id())
			.documents()
			.stream()
			.filter(document -> document.kind().equals("DENIAL_DECISION"))
			.findFirst()
			.orElseThrow();

		Caller applicant = new Caller(submitted.applicant());
		assertThat(
				applicant.get("/api/v1/applications/" + submitted.number() + "/documents/" + decision.attachmentId()))
			.hasStatusOk();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> deliveries.of(submitted.id()).orElseThrow().status() == Status.DELIVERED);
		var proof = deliveries.of(submitted.id()).orElseThrow().deliveredAt();
		myApplications.document(submitted.applicant(), submitted.number(), decision.attachmentId());
		await().during(Duration.ofMillis(500))
			.atMost(Duration.ofSeconds(5))
			.until(() -> deliveries.of(submitted.id()).orElseThrow().deliveredAt().equals(proof));
		assertThat(told(submitted.applicant(), "DELIVERED")).hasSize(1);
	}

	@Test
	@DisplayName("R6.4, R12.7: a clerk cannot hand over their own enterprise's result, nor a clerk of another department; five wrong codes replace the code; the API hand-over takes the signature as a multipart form and serves it back")
	void onlyAnotherClerkOfTheDepartmentHandsOver() {
		CaseFixtures.Draft draft = cases.standardDraft();
		choices.choose(draft.applicant(), draft.id(), DeliveryMethod.PICK_UP, null, null);
		CaseFixtures.Submitted submitted = cases.submit(draft);
		cases.decideFromAcceptance(submitted.number(), CaseFixtures.SCJGJ, Decision.GRANT);
		String code = awaitDelivery(submitted.id()).pickUpCode();
		String number = submitted.number();

		Actor ownAgent = accounts.createStaff(TestAccounts.accountName(), "职员", CaseFixtures.SCJGJ,
				draft.restaurant().agent().mobile(), TestAccounts.PASSWORD,
				List.of(DepartmentRole.of(Role.WINDOW_CLERK, CaseFixtures.SCJGJ)));
		assertThatThrownBy(() -> deliveries.handOver(ownAgent, number, code, "王小明", true, TestImages.signature()))
			.isInstanceOfSatisfying(RefusedException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("licence.delivery.ownCase"));
		Actor otherDepartment = cases.staff(Role.WINDOW_CLERK, CaseFixtures.TEST_DEPARTMENT);
		assertThatThrownBy(
				() -> deliveries.handOver(otherDepartment, number, code, "王小明", true, TestImages.signature()))
			.isInstanceOf(NotFoundException.class);
		assertThat(deliveries.awaitingAction(otherDepartment)).noneMatch(delivery -> delivery.number().equals(number));

		Actor clerk = cases.clerk();
		assertThatThrownBy(() -> deliveries.handOver(clerk, number, "12ab", "王小明", true, TestImages.signature()))
			.isInstanceOfSatisfying(InvalidParameterException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("licence.delivery.code.format"));
		String wrong = code.equals("00000000") ? "00000001" : "00000000";
		for (int attempt = 1; attempt < 5; attempt++) {
			assertThatThrownBy(() -> deliveries.handOver(clerk, number, wrong, "王小明", true, TestImages.signature()))
				.isInstanceOf(InvalidParameterException.class);
		}
		assertThatThrownBy(() -> deliveries.handOver(clerk, number, wrong, "王小明", true, TestImages.signature()))
			.isInstanceOfSatisfying(RefusedException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("licence.delivery.code.replaced"));
		String replaced = deliveries.of(submitted.id()).orElseThrow().pickUpCode();
		assertThat(told(draft.applicant(), "DELIVERY_PICK_UP")).hasSize(2);
		assertThat(replaced).isNotEqualTo(code);
		assertThatThrownBy(() -> deliveries.handOver(clerk, number, code, "王小明", true, TestImages.signature()))
			.as("the old code is void")
			.isInstanceOf(InvalidParameterException.class);
		Caller api = new Caller(clerk);
		String handOver = "/api/v1/staff/deliveries/" + number + "/hand-over";
		assertThat(api.handOver(handOver, "signature.txt", "not an image".getBytes(StandardCharsets.UTF_8), "code",
				replaced, "recipient", "王小明", "identityChecked", "true"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.parameter")
			.isEqualTo("signature");
		byte[] signature = TestImages.signature();
		assertThat(api.handOver(handOver, "signature.png", signature, "code", replaced, "recipient", "王小明",
				"identityChecked", "true"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.signed")
			.isEqualTo(true);
		assertThat(deliveries.of(submitted.id()).orElseThrow().status()).isEqualTo(Status.DELIVERED);
		MvcTestResult image = api.get("/api/v1/staff/deliveries/" + number + "/signature");
		assertThat(image).hasStatusOk().hasContentType("image/png");
		assertThat(image.getResponse().getContentAsByteArray()).isEqualTo(signature);
		assertThat(new Caller(otherDepartment).get("/api/v1/staff/deliveries/" + number + "/signature")).hasStatus(404);
		assertThat(new Caller(draft.applicant()).get("/api/v1/staff/deliveries/" + number + "/signature"))
			.hasStatus(403);
	}

	private DeliveryProgress awaitDelivery(UUID caseId) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> deliveries.of(caseId).orElse(null), progress -> progress != null);
	}

	/** The in-app notices of a kind the applicant was given, as they read them. */
	private List<String> told(Actor applicant, String kind) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("""
					select body from notification_outbox where account_id = :account and kind = :kind
					and channel = 'IN_APP'""")
				.param("account", applicant.id())
				.param("kind", kind)
				.query(String.class)
				.list()
				.stream()
				.map(cipher::decrypt)
				.toList(), notices -> !notices.isEmpty());
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	/** A client calling with an account's bearer token. */
	private final class Caller {

		private final String token;

		private final String address = TestAccounts.clientAddress();

		Caller(Actor actor) {
			this.token = tokens.issue(actor.id(), LogInMethod.PASSWORD).token();
		}

		MvcTestResult get(String uri) {
			return request(mvc.get().uri(uri));
		}

		MvcTestResult put(String uri, Object body) {
			return request(
					mvc.put().uri(uri).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)));
		}

		/** A hand-over as a multipart form, with the recipient's signature. */
		MvcTestResult handOver(String uri, String fileName, byte[] signature, String... nameValuePairs) {
			var request = mvc.post()
				.uri(uri)
				.multipart()
				.file(new MockMultipartFile("signature", fileName, "application/octet-stream", signature));
			for (int i = 0; i < nameValuePairs.length; i += 2) {
				request.param(nameValuePairs[i], nameValuePairs[i + 1]);
			}
			return request(request);
		}

		MvcTestResult post(String uri, Object body) {
			return request(
					mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)));
		}

		private MvcTestResult request(AbstractMockHttpServletRequestBuilder<?> request) {
			return mvc.perform(request.header("Authorization", "Bearer " + token).with(call -> {
				call.setRemoteAddr(address);
				return call;
			}));
		}

	}

}
