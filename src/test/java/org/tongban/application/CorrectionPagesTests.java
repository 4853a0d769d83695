package org.tongban.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.tongban.application.CorrectionItem.Kind;
import org.tongban.application.FoodLicenceApplications.Restaurant;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.Visitor;
import org.tongban.storage.Attachments;
import org.tongban.storage.SampleFiles;
import org.tongban.support.WebPage;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/**
 * R4.2, R4.4, R7.1 through the pages and the API: the applicant sees the correction
 * notice with every listed item, changes only the listed field and replaces only the
 * listed material, checks and resubmits, and the case is back with the department;
 * department messages and documents show on the application, and only its applicant
 * downloads a document.
 */
@IdentityTest
class CorrectionPagesTests {

	static final Instant AT = Instant.parse("2026-11-27T03:00:00Z");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Submissions submissions;

	@Autowired
	Corrections corrections;

	@Autowired
	MyApplications myApplications;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	Attachments attachments;

	@Autowired
	FoodLicenceApplications food;

	Restaurant restaurant;

	Application submitted;

	Visitor visitor;

	@BeforeEach
	void aCorrectionIsRequested() {
		restaurant = food.restaurant();
		Application draft = food.completeDraft(restaurant);
		String number = submissions.submit(restaurant.enterprise(), draft.id(), UUID.randomUUID().toString()).number();
		submitted = myApplications.byNumber(restaurant.enterprise(), number);
		caseFiles.requestCorrection(submitted.id(),
				new CorrectionRequest(UUID.randomUUID(), "ACCEPTANCE", "SCJGJ",
						List.of(new CorrectionItem(Kind.FIELD, "premisesAddress", "地址应写到门牌号"),
								new CorrectionItem(Kind.MATERIAL, "M04", "平面图看不清，请重新扫描")),
						"请一次补齐", AT));
		visitor = new Visitor(mvc);
		visitor.logIn(restaurant.creditCode().value(), TestAccounts.PASSWORD);
	}

	@Test
	void theApplicantSeesEveryListedItemAndCorrectsThemInTheBrowser() {
		String path = "/my/applications/" + submitted.number();

		WebPage application = visitor.page(path);
		assertThat(application.text()).contains("待补正材料", "市场监督管理局要求您补正以下内容", "经营场所地址：地址应写到门牌号", "平面布局图", "平面图看不清，请重新扫描",
				"请一次补齐", "开始补正");
		assertThat(application.html()).contains("href=\"" + path + "/correction\"");

		WebPage correction = visitor.page(path + "/correction");
		assertThat(correction.status()).isEqualTo(200);
		assertThat(correction.html()).contains("name=\"premisesAddress\"", "id=\"material-M04\"")
			.doesNotContain("name=\"staffCount\"", "id=\"material-M05\"", "<script");

		// A listed field left empty is refused next to the field; an unlisted one sent
		// along is not read.
		WebPage refused = WebPage.of(visitor.post(path + "/correction", "premisesAddress", "", "staffCount", "99"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html()).contains("error-summary", "field-premisesAddress-error");
		assertThat(visitor.post(path + "/correction", "premisesAddress", "D市中山区人民路88号1单元101", "staffCount", "99"))
			.hasStatus(302)
			.hasRedirectedUrl(path + "/correction/check");
		UUID oldPlan = submitted.materials("M04").get(0).attachmentId();
		visitor.page(path + "/correction");
		assertThat(visitor.post(path + "/correction/materials/M04/remove", "attachmentId", oldPlan.toString()))
			.hasStatus(302);
		assertThat(visitor.upload(path + "/correction/materials/M04", "file", "清晰平面图.pdf", SampleFiles.pdf("plan 2")))
			.hasStatus(302);
		assertThat(visitor.upload(path + "/correction/materials/M05", "file", "制度.pdf", SampleFiles.pdf("rules 2")))
			.as("a material the notice does not list")
			.hasStatus(200);

		assertThat(visitor.page(path + "/correction?lang=en").text()).as("R13")
			.contains("Correct your application", "Address of the premises", "Check your corrections");
		WebPage check = visitor.page(path + "/correction/check?lang=zh");
		assertThat(check.text()).contains("核对补正内容", "D市中山区人民路88号1单元101", "清晰平面图.pdf", "提交补正材料");
		UUID newPlan = myApplications.byNumber(restaurant.enterprise(), submitted.number())
			.materials("M04")
			.get(0)
			.attachmentId();
		assertThat(check.html()).as("the applicant opens the file they gave")
			.contains("href=\"" + path + "/materials/" + newPlan + "\"");
		assertThat(visitor.get(path + "/materials/" + newPlan)).hasStatusOk();
		MvcTestResult resubmitted = visitor.post(path + "/correction/submit");
		assertThat(resubmitted).hasStatus(302).hasRedirectedUrl(path);
		assertThat(resubmitted.getMvcResult().getFlashMap().get("corrected")).isEqualTo(true);

		Application back = myApplications.byNumber(restaurant.enterprise(), submitted.number());
		assertThat(back.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(back.answers().values("staffCount")).containsExactly("8");
		assertThat(back.answers().values("premisesAddress")).containsExactly("D市中山区人民路88号1单元101");
		assertThat(back.materials("M05")).hasSize(1);
		assertThat(visitor.page(path).text()).contains("补正材料", "申请人", "受理审查").doesNotContain("开始补正");
		assertThat(visitor.get(path + "/correction")).hasStatus(409);
		assertThat(visitor.page(path + "?lang=en").text()).contains("Corrections by the applicant");
	}

	@Test
	void aCorrectionWithListedItemsUnchangedNamesThemAndAsksTheApplicantToConfirm() {
		String path = "/my/applications/" + submitted.number();
		visitor.page(path + "/correction");
		assertThat(visitor.post(path + "/correction", "premisesAddress", "D市中山区人民路88号1单元101")).hasStatus(302);

		WebPage check = visitor.page(path + "/correction/check");
		assertThat(check.text()).contains("以下 1 项仍与告知时相同，您尚未改动", "平面布局图", "平面图看不清，请重新扫描", "一次性告知只能发出一次",
				"我确认以上项目无需改动，仍要提交");
		assertThat(check.html()).contains("href=\"" + path + "/correction#material-M04\"", "novalidate");

		WebPage unconfirmed = WebPage.of(visitor.post(path + "/correction/submit"));
		assertThat(unconfirmed.status()).isEqualTo(200);
		assertThat(unconfirmed.html()).contains("error-summary", "unchangedConfirmed-error",
				"href=\"#unchangedConfirmed\"");
		assertThat(unconfirmed.text()).contains("有告知项目尚未改动：请修改这些项目，或勾选确认它们无需改动后再提交。");
		assertThat(myApplications.byNumber(restaurant.enterprise(), submitted.number()).status())
			.isEqualTo(ApplicationStatus.CORRECTION_REQUESTED);
		assertThat(visitor.page(path + "/correction/check?lang=en").text())
			.contains("1 item(s) of the notice are still as they were", "Floor plan");

		assertThat(visitor.post(path + "/correction/submit", "unchangedConfirmed", "true")).hasStatus(302)
			.hasRedirectedUrl(path);
		assertThat(caseFiles.unchangedAfterCorrection(submitted.id())).extracting(CorrectionItem::code)
			.containsExactly("M04");
	}

	@Test
	void theApiNamesTheUnchangedItemsUntilTheApplicantConfirms() {
		String token = apiToken(restaurant);
		String base = "/api/v1/applications/" + submitted.number();

		MvcTestResult unconfirmed = api(token, mvc.post().uri(base + "/correction/submit"));

		assertThat(unconfirmed).hasStatus(409);
		assertThat(JsonPath.<List<String>>read(body(unconfirmed), "$.unchanged[*].code"))
			.containsExactly("premisesAddress", "M04");
		assertThat(JsonPath.<String>read(body(unconfirmed), "$.unchanged[0].name")).isEqualTo("经营场所地址");
		assertThat(JsonPath.<String>read(body(unconfirmed), "$.detail")).contains("2 项", "经营场所地址、经营场所平面布局图");
		assertThat(api(token,
				mvc.post()
					.uri(base + "/correction/submit")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"unchangedConfirmed\": false}")))
			.hasStatus(409);

		MvcTestResult confirmed = api(token,
				mvc.post()
					.uri(base + "/correction/submit")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"unchangedConfirmed\": true}"));

		assertThat(confirmed).hasStatusOk();
		assertThat(JsonPath.<String>read(body(confirmed), "$.status")).isEqualTo("SUBMITTED");
	}

	@Test
	void departmentMessagesDocumentsAndTheDecisionShowAndOnlyTheApplicantDownloads() {
		String path = "/my/applications/" + submitted.number();
		byte[] pdf = SampleFiles.pdf("grant decision");
		UUID decision = attachments.store("准予行政许可决定书.pdf", new ByteArrayInputStream(pdf)).id();
		corrections.correct(restaurant.enterprise(), submitted.number(), Map.of("premisesAddress", List.of("D市人民路1号")));
		corrections.resubmit(restaurant.enterprise(), submitted.number(), true);
		caseFiles.accepted(submitted.id(), AT);
		caseFiles.writeAsDepartment(submitted.id(), "SCJGJ", "现场核查已通过。", AT);
		caseFiles.finish(submitted.id(), ApplicationStatus.GRANTED, AT);
		caseFiles.addDocument(submitted.id(), new CaseDocument(decision, "GRANT_DECISION", "准予行政许可决定书.pdf", AT));

		WebPage page = visitor.page(path);
		assertThat(page.text()).contains("准予行政许可", "查看准予行政许可决定书", "文书", "现场核查已通过。", "市场监督管理局").doesNotContain("撤回申请");
		MvcTestResult download = visitor.get(path + "/documents/" + decision);
		assertThat(download).hasStatusOk().hasHeader("X-Content-Type-Options", "nosniff");
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
		assertThat(visitor.get(path + "/documents/" + UUID.randomUUID())).hasStatus(404);

		Restaurant stranger = food.restaurant();
		var other = new Visitor(mvc);
		other.logIn(stranger.creditCode().value(), TestAccounts.PASSWORD);
		assertThat(other.get(path + "/documents/" + decision)).hasStatus(404);
		String token = apiToken(stranger);
		assertThat(api(token, mvc.get().uri("/api/v1/applications/" + submitted.number() + "/documents/" + decision)))
			.hasStatus(404);
		assertThat(api(apiToken(restaurant),
				mvc.get().uri("/api/v1/applications/" + submitted.number() + "/documents/" + decision)))
			.hasStatusOk();
	}

	@Test
	void theApiGivesTheNoticeTakesTheListedAnswersAndMaterialsAndResubmits() throws Exception {
		String token = apiToken(restaurant);
		String base = "/api/v1/applications/" + submitted.number();

		MvcTestResult notice = api(token, mvc.get().uri(base + "/correction"));
		assertThat(notice).hasStatusOk();
		assertThat(JsonPath.<List<String>>read(body(notice), "$.items[*].name")).containsExactly("经营场所地址",
				"经营场所平面布局图和主要设备设施清单");
		assertThat(JsonPath.<String>read(body(notice), "$.departmentName")).isEqualTo("市市场监督管理局");

		MvcTestResult unlisted = api(token,
				mvc.put()
					.uri(base + "/correction")
					.contentType(MediaType.APPLICATION_JSON)
					.content(JSON.writeValueAsString(Map.of("answers", Map.of("staffCount", "99")))));
		assertThat(unlisted).hasStatus(422);
		assertThat(JsonPath.<String>read(body(unlisted), "$.errors.staffCount")).contains("不能修改");
		assertThat(api(token,
				mvc.put()
					.uri(base + "/correction")
					.contentType(MediaType.APPLICATION_JSON)
					.content(JSON.writeValueAsString(Map.of("answers", Map.of("premisesAddress", "D市人民路2号"))))))
			.hasStatusOk();
		String oldPlan = submitted.materials("M04").get(0).attachmentId().toString();
		assertThat(api(token, mvc.delete().uri(base + "/correction/materials/" + oldPlan))).hasStatus(204);
		MvcTestResult incomplete = api(token, mvc.post().uri(base + "/correction/submit"));
		assertThat(incomplete).hasStatus(422);
		assertThat(JsonPath.<Map<String, Object>>read(body(incomplete), "$.errors")).containsOnlyKeys("material.M04");
		assertThat(api(token,
				mvc.post()
					.uri(base + "/correction/materials")
					.multipart()
					.file(new MockMultipartFile("file", "plan.pdf", "application/pdf", SampleFiles.pdf("api plan")))
					.param("material", "M05")))
			.hasStatus(409);
		assertThat(api(token,
				mvc.post()
					.uri(base + "/correction/materials")
					.multipart()
					.file(new MockMultipartFile("file", "plan.pdf", "application/pdf", SampleFiles.pdf("api plan")))
					.param("material", "M04")))
			.hasStatus(201);

		MvcTestResult resubmitted = api(token, mvc.post().uri(base + "/correction/submit"));
		assertThat(resubmitted).hasStatusOk();
		assertThat(JsonPath.<String>read(body(resubmitted), "$.status")).isEqualTo("SUBMITTED");
		assertThat(JsonPath.<Object>read(body(resubmitted), "$.correction")).isNull();
		assertThat(api(token, mvc.post().uri(base + "/correction/submit"))).hasStatus(409);
	}

	static final JsonMapper JSON = JsonMapper.builder().build();

	private String apiToken(Restaurant applicant) {
		MvcTestResult login = mvc.post()
			.uri("/api/v1/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(
					Map.of("username", applicant.creditCode().value(), "password", TestAccounts.PASSWORD)))
			.with(request -> {
				request.setRemoteAddr(TestAccounts.clientAddress());
				return request;
			})
			.exchange();
		assertThat(login).hasStatusOk();
		return JsonPath.read(body(login), "$.token");
	}

	private MvcTestResult api(String token, AbstractMockHttpServletRequestBuilder<?> request) {
		return mvc.perform(request.header("Authorization", "Bearer " + token));
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
