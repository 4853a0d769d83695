package org.tongban.application.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.ApplicationSummary;
import org.tongban.application.CaseDocument;
import org.tongban.application.CaseFiles;
import org.tongban.application.Drafts;
import org.tongban.application.MyApplications;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.IdentityTest;
import org.tongban.support.TestClock;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.TestAccounts.Person;
import org.tongban.identity.Visitor;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;
import org.tongban.storage.Attachments;
import org.tongban.storage.SampleFiles;
import org.tongban.support.WebPage;
import org.tongban.shared.Paging;

/**
 * R3.1, R3.2, R7.1, R7.2, R16.5, R16.6 through the pages, as a fresh enterprise applies
 * for the food business licence (食品经营许可): the start page, the task list under the version
 * in force, a section refused field by field and saved, the sources of pre-filled
 * answers, "check your answers", one application however often the form is sent, the
 * confirmation, the application's page, withdrawal, and the public query without personal
 * data.
 */
@IdentityTest
class ApplyPagesTests {

	static final String MATTER = "SCJGJ-SPJYXK";

	static final Pattern DRAFT = Pattern.compile("/apply/drafts/[0-9a-f-]{36}");

	/** The page that offers to continue a draft of the matter. */
	static final String EXISTING = "/apply/" + MATTER + "/drafts";

	static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

	static final Pattern CONFIRMATION = Pattern.compile("/my/applications/(TB\\d{14})/confirmation");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Drafts drafts;

	@Autowired
	MyApplications myApplications;

	@Autowired
	TestClock clock;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	Attachments attachments;

	TestAccounts testAccounts;

	Person agent;

	Actor enterprise;

	Visitor visitor;

	@BeforeEach
	void logIn() {
		testAccounts = new TestAccounts(accounts);
		agent = testAccounts.person();
		UnifiedSocialCreditCode creditCode = TestAccounts.creditCode();
		enterprise = testAccounts.enterprise(agent, creditCode);
		visitor = new Visitor(mvc);
		visitor.logIn(creditCode.value(), TestAccounts.PASSWORD);
	}

	@Test
	void anApplicantWithManyApplicationsSeesThemTwentyAPageTheLatestFirst_R7_1() {
		for (int i = 0; i < 21; i++) {
			clock.advance(Duration.ofMinutes(1));
			drafts.start(enterprise, MATTER);
		}

		WebPage first = visitor.page("/my");
		WebPage second = visitor.page("/my?page=2");

		assertThat(first.count("/apply/drafts/")).as("resume links, one for each of 20 drafts").isEqualTo(40);
		assertThat(first.text()).contains("第 1 页，共 2 页", "下一页");
		assertThat(first.html()).contains("href=\"/my?page=2\"");
		assertThat(second.count("/apply/drafts/")).isEqualTo(2);
		assertThat(visitor.get("/my?page=0")).hasStatus(400);
	}

	@Test
	void theStartPageSaysWhatToUploadWhatNotAndHowLongItTakes() {
		WebPage start = visitor.page("/apply/" + MATTER);

		assertThat(start.status()).isEqualTo(200);
		assertThat(start.text()).contains("在线申请食品经营许可（新办）", "第 2 版", "您需要上传", "经营场所平面布局图和主要设备设施清单", "无需上传的材料",
				"食品经营许可申请书：由平台根据您在线填写的内容自动生成", "5 个工作日", "开始申请");
		assertThat(start.html())
			.contains("<form action=\"/apply/SCJGJ-SPJYXK\" method=\"post\" novalidate>", "name=\"_csrf\"")
			.doesNotContain("<script");
		assertThat(visitor.page("/apply/" + MATTER + "?lang=en").text()).contains("Apply online", "Start now");
	}

	@Test
	void aPersonIsToldThatTheMatterIsForEnterprisesAndCannotStartIt() {
		Person person = testAccounts.person();
		var personal = new Visitor(mvc);
		personal.logIn(person.mobile().value(), TestAccounts.PASSWORD);

		WebPage start = personal.page("/apply/" + MATTER);
		assertThat(start.text()).contains("个人账户不能申请").doesNotContain("开始申请");

		WebPage refused = WebPage.of(personal.post("/apply/" + MATTER));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.title()).startsWith("无法办理");
		assertThat(refused.text()).contains("由企业等法人办理，个人账户不能申请");
	}

	@Test
	void startingGivesATaskListUnderTheVersionInForce() {
		String draft = start();

		WebPage tasks = visitor.page(draft);
		assertThat(tasks.text()).as("R16.5").contains("食品经营许可（新办）", "第 2 版");
		assertThat(tasks.text()).contains("经营者信息", "经营场所", "经营项目", "声明", "上传材料", "核对并提交", "未完成");
		assertThat(visitor.page("/my").text()).contains("草稿", "食品经营许可（新办）", "继续填写");
		assertThat(visitor.page(draft + "?lang=en").text()).as("R13")
			.contains("Your application", "Version 2", "Operator", "Upload materials", "Check your answers");
	}

	@Test
	void startingAgainOffersToContinueADraftToldApartByItsLastChangeAndProgress_R3_3() {
		String first = start();
		assertThat(visitor.post(first + "/sections/premises", "premisesAddress", "D市中心区民生路58号一层", "premisesArea", "120",
				"diningArea", "60", "online", "NO"))
			.hasStatus(302);
		clock.advance(Duration.ofMinutes(5));
		try {
			visitor.page("/apply/" + MATTER);
			assertThat(visitor.post("/apply/" + MATTER)).hasStatus(302).hasRedirectedUrl(EXISTING);

			WebPage offer = visitor.page(EXISTING);
			assertThat(offer.title()).startsWith("您已有该事项的草稿");
			assertThat(offer.text()).contains("您想怎样做？", "继续填写2026年11月27日 10:00保存的草稿", "已完成 1 项，共 5 项", "开始一份新的申请");
			assertThat(offer.html()).contains("value=\"" + id(first) + "\"", "value=\"new\"");

			WebPage unchosen = WebPage.of(visitor.post(EXISTING));
			assertThat(unchosen.status()).isEqualTo(200);
			assertThat(unchosen.title()).startsWith("错误：");
			assertThat(unchosen.html()).contains("href=\"#choice-" + id(first) + "\"", "id=\"choice-error\"");
			assertThat(unchosen.text()).contains("请选择继续填写哪份草稿，或开始一份新的申请。");
			assertThat(visitor.post(EXISTING, "choice", UUID.randomUUID().toString()))
				.as("no draft of this applicant's")
				.hasStatus(200);

			assertThat(visitor.post(EXISTING, "choice", id(first).toString())).hasStatus(302).hasRedirectedUrl(first);
			String second = draftOf(visitor.post(EXISTING, "choice", "new"));
			assertThat(second).isNotEqualTo(first);

			WebPage my = visitor.page("/my");
			assertThat(my.text()).as("the drafts are told apart on /my too")
				.contains("2026年11月27日 10:00", "已完成 1 项，共 5 项", "2026年11月27日 10:05", "已完成 0 项，共 5 项");
			assertThat(visitor.page(EXISTING + "?lang=en").text()).contains(
					"You already have a draft of this application", "1 of 5 tasks done", "0 of 5 tasks done",
					"Start a new application");
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void aDraftStartedUnderAnEarlierVersionSaysThatItMovesToTheVersionInForce() {
		clock.advance(Duration.between(clock.instant(),
				LocalDateTime.of(2026, 2, 20, 10, 0).atZone(clock.getZone()).toInstant()));
		UUID id;
		try {
			id = drafts.start(enterprise, MATTER).id();
		}
		finally {
			clock.reset();
		}
		String draft = "/apply/drafts/" + id;

		assertThat(visitor.page(draft).text()).as("R16.5").contains("第 1 版", "第 2 版已于 2026年3月1日起施行");
		visitor.page(draft + "/sections/declaration");
		visitor.post(draft + "/sections/declaration", "truthful", "true");
		assertThat(visitor.page(draft).text()).contains("这份草稿按第 1 版开始填写。第 2 版已于 2026年3月1日起施行");
	}

	@Test
	void aSectionWithErrorsShowsEachMessageNextToItsFieldAndInTheSummary() {
		String draft = start();
		visitor.page(draft + "/sections/operator");

		MvcTestResult result = visitor.post(draft + "/sections/operator", "mobile", "12345", "legalRepIdNumber", "");
		WebPage page = WebPage.of(result);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.title()).startsWith("错误：");
		assertThat(page.html()).contains("class=\"error-summary\"", "href=\"/apply/drafts/")
			.contains("#field-mobile\"", "id=\"field-mobile-error\"", "#field-legalRepIdNumber\"",
					"id=\"field-legalRepIdNumber-error\"");
		assertThat(page.text()).as("R3.1").contains("手机号码", "请输入法定代表人（负责人）身份证号码。");
	}

	@Test
	void aCountWithDecimalsIsRefusedAtItsField_R3_1() {
		String draft = start();
		visitor.page(draft + "/sections/scope");

		WebPage scope = WebPage.of(visitor.post(draft + "/sections/scope", "staffCount", "8.5"));

		assertThat(scope.html()).contains("href=\"" + draft + "/sections/scope#field-staffCount\"")
			.containsPattern("id=\"field-staffCount-error\">\\s*<span class=\"visually-hidden\">错误：</span>从业人员数必须是整数")
			.contains("inputmode=\"numeric\"", "value=\"8.5\"");
		assertThat(drafts.get(enterprise, id(draft)).answers().values("staffCount")).isEmpty();
		WebPage english = WebPage.of(visitor.post(draft + "/sections/scope?lang=en", "staffCount", "8.5"));
		assertThat(english.text()).contains("must be a whole number without decimals");
	}

	@Test
	void aValidSectionIsSavedAndCompleted() {
		String draft = start();
		visitor.page(draft + "/sections/operator");

		assertThat(operator(draft)).hasStatus(302).hasRedirectedUrl(draft);

		WebPage tasks = visitor.page(draft);
		assertThat(tasks.html()).containsPattern("经营者信息</a>\\s*<strong class=\"tag task-list__status tag--green\">已完成");
		assertThat(visitor.page(draft + "/sections/operator").html()).contains("value=\"13912345678\"");
	}

	@Test
	void theLanguageSwitchOfASectionSavesWhatWasTypedAndShowsItInTheOtherLanguage_R13_3() {
		String draft = start();
		String premises = draft + "/sections/premises";

		WebPage page = visitor.page(premises);
		assertThat(page.html()).as("a button of the form, and before it the form's own default button")
			.containsPattern(
					"(?s)<button class=\"visually-hidden\" type=\"submit\" form=\"section-form\" tabindex=\"-1\""
							+ ".*<header.*<button class=\"header__button\" type=\"submit\" form=\"section-form\" name=\"lang\"\\s+value=\"en\"")
			.contains("<form id=\"section-form\"")
			.doesNotContain("href=\"" + premises + "?lang=en\"");
		assertThat(visitor.page(draft).html()).as("a page without a form to save keeps the link")
			.contains("href=\"" + draft + "?lang=en\"");

		assertThat(visitor.post(premises, "lang", "en", "premisesAddress", "D市中心区民生路58号一层", "premisesArea", "12"))
			.hasStatus(302)
			.hasRedirectedUrl(premises);
		assertThat(drafts.get(enterprise, id(draft)).answers().values("premisesAddress"))
			.containsExactly("D市中心区民生路58号一层");
		WebPage english = visitor.page(premises);
		assertThat(english.text()).contains("Premises", "Save and continue");
		assertThat(english.html()).contains("value=\"D市中心区民生路58号一层\"").containsPattern("name=\"lang\"\\s+value=\"zh\"");

		WebPage refused = WebPage
			.of(visitor.post(premises, "lang", "zh", "premisesAddress", "民生路", "premisesArea", "x"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).as("what cannot be saved is kept on the page, in the language chosen")
			.contains("经营场所", "保存并继续");
		assertThat(refused.html()).contains("value=\"x\"", "value=\"民生路\"");
		assertThat(visitor.post(premises, "lang", "en", "returnTo", "check", "premisesArea", "12")).hasStatus(302)
			.hasRedirectedUrl(premises + "?returnTo=check");
	}

	@Test
	void preFilledAnswersSayWhereTheyCameFrom() {
		String draft = start();

		WebPage operator = visitor.page(draft + "/sections/operator");

		assertThat(operator.html()).as("R3.2").contains("id=\"field-operatorName\"");
		assertThat(operator.text()).contains("来自您的实名认证信息", enterprise.name());
	}

	@Test
	void theDemoEnterpriseSeesAnswersFromTheLegalPersonRegistry() {
		var demo = new Visitor(mvc);
		demo.logIn("91210202MA0Q5K7D3U", "Tongban#2026");
		demo.page("/apply/" + MATTER);
		String draft = draftOf(demo.post("/apply/" + MATTER));

		WebPage operator = demo.page(draft + "/sections/operator");
		assertThat(operator.text()).as("R3.2").contains("来自法人单位基础信息库", "D市味之源餐饮管理有限公司");

		demo.page(draft + "/delete");
		assertThat(demo.post(draft + "/delete")).hasStatus(302).hasRedirectedUrl("/my?deleted");
		assertThat(demo.page("/my?deleted").text()).contains("草稿已删除。");
		assertThat(demo.get(draft)).hasStatus(404);
	}

	@Test
	void aRefusedFileIsExplainedNextToItsMaterial() {
		String draft = start();
		visitor.page(draft + "/materials");

		WebPage refused = WebPage.of(visitor.upload(draft + "/materials/M04", "file", "平面图.pdf",
				"not a PDF at all".getBytes(StandardCharsets.UTF_8)));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.title()).startsWith("错误：");
		assertThat(refused.html()).contains("href=\"#material-M04\"", "id=\"file-M04-error\"");
		assertThat(refused.text()).as("R3.3").contains("只能上传 PDF、JPG、PNG 或 OFD 格式的文件");
		assertThat(WebPage.of(visitor.upload(draft + "/materials/M04", "file", "", new byte[0])).text())
			.contains("请选择要上传的文件。");
	}

	@Test
	void aFileGivenBeforeIsReusedWithOneClick() {
		completeDraft();
		String second = start();

		WebPage materials = visitor.page(second + "/materials");
		assertThat(materials.text()).as("R3.2").contains("从“我的材料”中选用", "平面图.pdf");
		Matcher reuse = Pattern
			.compile("(?s)action=\"(" + second
					+ "/materials/M04/reuse)\".*?name=\"attachmentId\" value=\"([0-9a-f-]{36})\"")
			.matcher(materials.html());
		assertThat(reuse.find()).isTrue();

		assertThat(visitor.post(reuse.group(1), "attachmentId", reuse.group(2))).hasStatus(302);
		assertThat(
				drafts.get(enterprise, UUID.fromString(second.substring(second.lastIndexOf('/') + 1))).materials("M04"))
			.hasSize(1);
		assertThat(visitor.page("/my/materials").text()).contains("平面图.pdf", "经营场所平面布局图和主要设备设施清单");
	}

	@Test
	void theApplicantOpensTheirOwnFilesFromTheMaterialsPagesAndNobodyElseCan_R12_2_R12_5() {
		String draft = completeDraft();
		assertThat(visitor.upload(draft + "/materials/M05", "file", "规章\"制度;目录.pdf", SampleFiles.pdf("rules")))
			.hasStatus(302);

		Matcher given = Pattern.compile("href=\"(" + draft + "/materials/[0-9a-f-]{36})\">平面图.pdf</a>")
			.matcher(visitor.page(draft + "/materials").html());
		assertThat(given.find()).as("each file given is a link").isTrue();
		assertThat(visitor.page(draft + "/check").html()).as("on check your answers too")
			.contains("href=\"" + given.group(1) + "\">平面图.pdf</a>");
		MvcTestResult download = visitor.get(given.group(1));
		assertThat(download).hasStatusOk()
			.hasContentType("application/pdf")
			.hasHeader("X-Content-Type-Options", "nosniff")
			.hasHeader("Content-Disposition",
					"attachment; filename=\"___.pdf\"; filename*=UTF-8''%E5%B9%B3%E9%9D%A2%E5%9B%BE.pdf");
		assertThat(download.getResponse().getContentAsByteArray()).startsWith("%PDF".getBytes());

		String mine = visitor.page("/my/materials").html();
		Matcher own = Pattern.compile("href=\"(/my/materials/[0-9a-f-]{36})\">规章_制度;目录.pdf</a>").matcher(mine);
		assertThat(own.find()).as(mine).isTrue();
		MvcTestResult quoted = visitor.get(own.group(1));
		assertThat(quoted).hasStatusOk()
			.hasContentType("application/pdf")
			.hasHeader("X-Content-Type-Options", "nosniff");
		String disposition = quoted.getResponse().getHeader("Content-Disposition");
		assertThat(disposition).as("the name, without its quote (R12.2), cannot end the header's value")
			.startsWith("attachment; ")
			.contains("; filename*=UTF-8''%E8%A7%84%E7%AB%A0_%E5%88%B6%E5%BA%A6%3B%E7%9B%AE%E5%BD%95.pdf");
		assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo("规章_制度;目录.pdf");

		var stranger = new Visitor(mvc);
		UnifiedSocialCreditCode creditCode = TestAccounts.creditCode();
		testAccounts.enterprise(testAccounts.person(), creditCode);
		stranger.logIn(creditCode.value(), TestAccounts.PASSWORD);
		assertThat(stranger.get(given.group(1))).hasStatus(404);
		assertThat(stranger.get(own.group(1))).hasStatus(404);
		assertThat(stranger.get(given.group(1).replaceFirst(".*/materials/", "/my/materials/"))).hasStatus(404);
	}

	@Test
	void checkYourAnswersListsWhatIsMissingEachWithALinkToFixIt() {
		String draft = start();

		WebPage check = visitor.page(draft + "/check");

		assertThat(check.text()).contains("提交前请先处理以下问题", "请上传“经营场所平面布局图和主要设备设施清单”", "请输入联系电话。");
		assertThat(check.html()).contains("href=\"" + draft + "/materials#material-M04\"",
				"href=\"" + draft + "/sections/operator#field-mobile\"");
	}

	@Test
	void aChangeFromCheckYourAnswersComesBackToIt_R13_1() {
		String draft = completeDraft();
		WebPage check = visitor.page(draft + "/check");
		String change = draft + "/sections/premises?returnTo=check";
		assertThat(check.html()).contains("href=\"" + change + "#field-premisesArea\"",
				"href=\"" + draft + "/materials?returnTo=check#material-M04\"");

		WebPage premises = visitor.page(change);
		assertThat(premises.html()).contains("name=\"returnTo\" value=\"check\"",
				"href=\"" + draft + "/check\">返回核对页面");
		assertThat(visitor.post(draft + "/sections/premises", "returnTo", "check", "premisesAddress", "D市中心区民生路60号",
				"premisesArea", "130", "diningArea", "60", "online", "NO"))
			.hasStatus(302)
			.hasRedirectedUrl(draft + "/check");
		assertThat(visitor.page(draft + "/check").text()).contains("D市中心区民生路60号", "130");

		WebPage refused = WebPage
			.of(visitor.post(draft + "/sections/premises", "returnTo", "check", "premisesArea", "x"));
		assertThat(refused.html()).as("a refused change still returns to check once corrected")
			.contains("name=\"returnTo\" value=\"check\"");
		assertThat(visitor.post(draft + "/sections/premises", "returnTo", "https://evil.example/", "premisesAddress",
				"D市中心区民生路60号", "premisesArea", "130", "diningArea", "60", "online", "NO"))
			.as("no address from the request is followed")
			.hasStatus(302)
			.hasRedirectedUrl(draft);

		WebPage materials = visitor.page(draft + "/materials?returnTo=check");
		assertThat(materials.html()).contains("href=\"" + draft + "/check\">完成，返回核对页面");
		assertThat(visitor.upload(draft + "/materials/M04?returnTo=check", "file", "平面图2.pdf", SampleFiles.pdf("plan")))
			.hasStatus(302)
			.hasRedirectedUrl(draft + "/materials?returnTo=check#material-M04");
		assertThat(visitor.page(draft + "/materials").html()).contains("href=\"" + draft + "\">完成，返回申请事项");
	}

	@Test
	void whatStopsAnApplicationIsShownWhereTheFormIsChecked() {
		String draft = start();
		visitor.page(draft + "/sections/scope");

		WebPage scope = WebPage.of(visitor.post(draft + "/sections/scope", "businessForm", "SALES_PREPACKAGED_ONLY"));

		assertThat(scope.text()).as("R16.6").contains("这件申请不能受理", "仅销售预包装食品的，无需申请食品经营许可");
		assertThat(visitor.page(draft).text()).contains("这件申请不能受理");
		assertThat(visitor.page(draft + "/check").text()).contains("这件申请不能受理");
	}

	@Test
	void submittingTheSameFormTwiceGivesOneApplicationWithItsConfirmation() {
		String draft = completeDraft();
		String token = token(visitor.page(draft + "/check"));

		MvcTestResult first = visitor.post(draft + "/submit", "token", token);
		MvcTestResult retry = visitor.post(draft + "/submit", "token", token);

		String confirmation = first.getResponse().getRedirectedUrl();
		assertThat(confirmation).matches(CONFIRMATION);
		assertThat(retry.getResponse().getRedirectedUrl()).isEqualTo(confirmation);
		List<ApplicationSummary> mine = myApplications.of(enterprise, new Paging(1, 20)).items();
		assertThat(mine).hasSize(1).first().satisfies(application -> assertThat(application.number()).isNotNull());

		WebPage page = visitor.page(confirmation);
		String number = number(confirmation);
		assertThat(page.text()).contains("申请已提交", number, "查询码", "收件时间", "开始计时", "受理期限", "接下来会怎样");
		assertThat(page.html()).containsPattern("class=\"code query-code\">[0-9A-Z]{4,}<");
		assertThat(visitor.page("/my").html()).contains("href=\"/my/applications/" + number + "\"");
	}

	@Test
	void afterSubmissionTheDraftsPagesLeadToTheApplicationNotToAnError_R3_5() {
		String draft = completeDraft();
		assertThat(visitor.post(draft + "/submit", "token", UUID.randomUUID().toString()))
			.as("Post/Redirect/Get: a submission answers with where to go")
			.hasStatus(303);
		String number = drafts.get(enterprise, id(draft)).number();
		String application = "/my/applications/" + number;

		assertThat(visitor.get(draft + "/check")).as("Back from the confirmation")
			.hasStatus3xxRedirection()
			.hasRedirectedUrl(application + "/confirmation");
		assertThat(visitor.post(draft + "/submit", "token", UUID.randomUUID().toString())).as("the form sent again")
			.hasStatus(303)
			.hasRedirectedUrl(application + "/confirmation");
		assertThat(visitor.get(draft)).hasStatus3xxRedirection().hasRedirectedUrl(application);
		assertThat(visitor.get(draft + "/sections/premises")).hasStatus3xxRedirection().hasRedirectedUrl(application);
		assertThat(visitor.get(draft + "/materials")).hasStatus3xxRedirection().hasRedirectedUrl(application);
		assertThat(visitor.post(draft + "/sections/premises", "premisesArea", "130")).hasStatus(303)
			.hasRedirectedUrl(application);
		assertThat(drafts.get(enterprise, id(draft)).answers().values("premisesArea")).containsExactly("120");
		WebPage confirmation = visitor.page(application + "/confirmation");
		assertThat(confirmation.text()).contains("申请已提交", number, "查询码", "查看办理进度");

		var stranger = new Visitor(mvc);
		UnifiedSocialCreditCode creditCode = TestAccounts.creditCode();
		testAccounts.enterprise(testAccounts.person(), creditCode);
		stranger.logIn(creditCode.value(), TestAccounts.PASSWORD);
		assertThat(stranger.get(draft + "/check")).as("the query code is its applicant's only").hasStatus(404);
		assertThat(stranger.get(application + "/confirmation")).hasStatus(404);
	}

	@Test
	void anIncompleteSubmissionGoesBackToCheckYourAnswers() {
		String draft = start();

		assertThat(visitor.post(draft + "/submit", "token", UUID.randomUUID().toString())).hasStatus(303)
			.hasRedirectedUrl(draft + "/check");
		assertThat(visitor.page(draft + "/check").text()).contains("提交前请先处理以下问题");
	}

	@Test
	void theApplicationPageShowsTheReceiptTimelineAnswersAndMaterialsToDownload() {
		String number = submit();

		WebPage page = visitor.page("/my/applications/" + number);

		assertThat(page.text()).as("R7.1")
			.contains(number, "已提交，等待受理", "第 2 版", "办理过程", "提交申请", "申请人", "受理审查", "市场监督管理局", "进行中", "13912345678",
					"平面图.pdf", "撤回申请");
		Matcher link = Pattern.compile("href=\"(/my/applications/" + number + "/materials/[0-9a-f-]{36})\">平面图.pdf")
			.matcher(page.html());
		assertThat(link.find()).isTrue();
		MvcTestResult download = visitor.get(link.group(1));
		assertThat(download).hasStatusOk()
			.hasContentType("application/pdf")
			.hasHeader("X-Content-Type-Options", "nosniff");
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("filename*=UTF-8''");
		assertThat(download.getResponse().getContentAsByteArray()).startsWith("%PDF".getBytes());
		assertThat(visitor.post("/my/applications/" + number + "/messages", "body", "请问现场核查需要准备什么？")).hasStatus(302);
		assertThat(visitor.page("/my/applications/" + number).text()).contains("留言已发送。", "请问现场核查需要准备什么？");
	}

	@Test
	void eachDocumentIsListedOnceUnderItsName_R7_1() {
		String number = submit();
		UUID id = myApplications.byNumber(enterprise, number).id();
		Instant at = clock.instant();
		UUID acceptance = document(id, "ACCEPTANCE_NOTICE", "受理通知书-" + number + ".pdf", at);
		caseFiles.accepted(id, at);
		caseFiles.finish(id, ApplicationStatus.GRANTED, at);
		UUID decision = document(id, "GRANT_DECISION", "准予行政许可决定书-" + number + ".pdf", at);

		WebPage page = visitor.page("/my/applications/" + number);

		String documents = "/my/applications/" + number + "/documents/";
		assertThat(page.count(documents + acceptance)).isEqualTo(1);
		assertThat(page.count(documents + decision)).as("the banner leads to it in the list").isEqualTo(1);
		assertThat(page.html()).contains("href=\"" + documents + acceptance + "\">受理通知书</a>",
				"href=\"" + documents + decision + "\">准予行政许可决定书</a>", "id=\"document-" + decision + "\"",
				"href=\"#document-" + decision + "\">查看准予行政许可决定书</a>");
		assertThat(visitor.page("/my/applications/" + number + "?lang=en").html())
			.contains("\">Notice of acceptance</a>", "\">Decision to grant the licence</a>");
	}

	@Test
	void anotherApplicantFindsNeitherTheDraftNorTheApplication() {
		String draft = start();
		String number = submit();
		Person other = testAccounts.person();
		UnifiedSocialCreditCode creditCode = TestAccounts.creditCode();
		testAccounts.enterprise(other, creditCode);
		var stranger = new Visitor(mvc);
		stranger.logIn(creditCode.value(), TestAccounts.PASSWORD);

		assertThat(stranger.get(draft)).hasStatus(404);
		assertThat(stranger.get(draft + "/sections/operator")).hasStatus(404);
		assertThat(stranger.get(draft + "/check")).hasStatus(404);
		assertThat(stranger.get("/my/applications/" + number)).hasStatus(404);
		assertThat(stranger.get("/my/applications/" + number + "/confirmation")).hasStatus(404);
		assertThat(stranger.get("/my/applications/" + number + "/withdraw")).hasStatus(404);
	}

	@Test
	void theApplicantWithdrawsAfterBeingAskedToConfirm() {
		String number = submit();

		WebPage confirm = visitor.page("/my/applications/" + number + "/withdraw");
		assertThat(confirm.text()).contains("撤回申请 " + number + "？");

		assertThat(visitor.post("/my/applications/" + number + "/withdraw")).hasStatus(302)
			.hasRedirectedUrl("/my/applications/" + number);
		WebPage page = visitor.page("/my/applications/" + number);
		assertThat(page.text()).contains("您已于2026年11月27日撤回申请。", "已撤回");
		assertThat(page.html()).doesNotContain("href=\"/my/applications/" + number + "/withdraw\"");
	}

	@Test
	void thePublicQueryShowsTheStatusAndNoPersonalData() {
		String number = submit();
		String code = myApplications.byNumber(enterprise, number).receipt().orElseThrow().queryCode();
		var anybody = new Visitor(mvc);

		anybody.page("/query");
		WebPage result = WebPage.of(anybody.post("/query", "number", " " + number + " ", "code", "\t" + code + " "));

		assertThat(result.status()).isEqualTo(200);
		assertThat(result.text()).as("R7.2").contains(number, "食品经营许可（新办）", "市场监督管理局", "已提交，等待受理", "受理审查");
		assertThat(result.text()).doesNotContain(enterprise.name(), agent.actor().name(), "13912345678",
				agent.residentId().value());
		assertThat(result.html()).as("issue 13 item 8: the code is posted, not put in an address")
			.contains("<form action=\"/query\" method=\"post\" novalidate>", "name=\"_csrf\"");
		assertThat(anybody.post("/query", "number", number, "code", code).getResponse().getHeader("Cache-Control"))
			.contains("no-store");
		assertThat(anybody.page("/query?number=" + number + "&code=" + code).text())
			.as("a code in the address is not read")
			.doesNotContain("受理审查");
	}

	@Test
	void anAddressMakesThirtyQueriesAMinuteThenThePageSaysToWait_R12_4() {
		var anybody = new Visitor(mvc);
		anybody.page("/query");
		for (int i = 0; i < 30; i++) {
			assertThat(anybody.post("/query", "number", "TB20261127999999", "code", "XXXXXX")).hasStatus(404);
		}

		WebPage throttled = WebPage.of(anybody.post("/query", "number", "TB20261127999999", "code", "XXXXXX"));

		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.text()).contains("查询过于频繁");
		assertThat(anybody.page("/query").status()).as("the empty form is no query").isEqualTo(200);
	}

	@Test
	void aWrongQueryCodeGetsTheSameFriendlyMessageAsAWrongNumber() {
		String number = submit();
		var anybody = new Visitor(mvc);

		anybody.page("/query");
		WebPage wrongCode = WebPage.of(anybody.post("/query", "number", number, "code", "XXXXXX"));
		WebPage wrongNumber = WebPage.of(anybody.post("/query", "number", "TB20261127999999", "code", "XXXXXX"));

		assertThat(wrongCode.status()).isEqualTo(404);
		assertThat(wrongCode.text()).contains("申请编号或查询码不正确", "办件查询").doesNotContain("食品经营许可");
		assertThat(wrongNumber.status()).isEqualTo(404);
		assertThat(wrongNumber.text()).contains("申请编号或查询码不正确");
		assertThat(anybody.page("/query").text()).doesNotContain("申请编号或查询码不正确");
	}

	/**
	 * Starts a new draft from the start page, choosing a new one where the applicant has
	 * a draft already; answers the path of its task list.
	 */
	private String start() {
		visitor.page("/apply/" + MATTER);
		MvcTestResult started = visitor.post("/apply/" + MATTER);
		if (EXISTING.equals(started.getResponse().getRedirectedUrl())) {
			started = visitor.post(EXISTING, "choice", "new");
		}
		return draftOf(started);
	}

	private UUID document(UUID application, String kind, String fileName, Instant at) {
		UUID attachment = attachments.store(fileName, new ByteArrayInputStream(SampleFiles.pdf(kind))).id();
		caseFiles.addDocument(application, new CaseDocument(attachment, kind, fileName, at));
		return attachment;
	}

	private static UUID id(String draft) {
		return UUID.fromString(draft.substring(draft.lastIndexOf('/') + 1));
	}

	private static String draftOf(MvcTestResult started) {
		String location = started.getResponse().getRedirectedUrl();
		assertThat(location).matches(DRAFT);
		return location;
	}

	private MvcTestResult operator(String draft) {
		return visitor.post(draft + "/sections/operator", "legalRepIdNumber", agent.residentId().value(), "mobile",
				"13912345678", "agent", "NO");
	}

	/** A draft with every section answered and the required files uploaded. */
	private String completeDraft() {
		String draft = start();
		visitor.page(draft);
		assertThat(operator(draft)).hasStatus(302);
		assertThat(visitor.post(draft + "/sections/premises", "premisesAddress", "D市中心区民生路58号一层", "premisesArea", "120",
				"diningArea", "60", "online", "NO"))
			.hasStatus(302);
		assertThat(visitor.post(draft + "/sections/scope", "businessForm", "CATERING_RESTAURANT", "items", "HOT",
				"items", "COLD", "vending", "NO", "safetyManager", "李明", "safetyManagerMobile", "13800001111",
				"staffCount", "8"))
			.hasStatus(302);
		assertThat(visitor.post(draft + "/sections/declaration", "truthful", "true")).hasStatus(302);
		visitor.page(draft + "/materials");
		assertThat(visitor.upload(draft + "/materials/M04", "file", "平面图.pdf", SampleFiles.pdf("floor plan")))
			.hasStatus(302);
		assertThat(visitor.upload(draft + "/materials/M05", "file", "制度目录.pdf", SampleFiles.pdf("rules")))
			.hasStatus(302);
		return draft;
	}

	/** Submits a complete draft through its pages; answers the application number. */
	private String submit() {
		String draft = completeDraft();
		String token = token(visitor.page(draft + "/check"));
		return number(visitor.post(draft + "/submit", "token", token).getResponse().getRedirectedUrl());
	}

	private static String token(WebPage check) {
		Matcher token = TOKEN.matcher(check.html());
		assertThat(token.find()).as("a form token on " + check.title()).isTrue();
		return token.group(1);
	}

	private static String number(String confirmation) {
		Matcher number = CONFIRMATION.matcher(confirmation);
		assertThat(number.matches()).as(confirmation).isTrue();
		return number.group(1);
	}

}
