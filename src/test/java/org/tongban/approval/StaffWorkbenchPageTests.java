package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.application.CaseDocument;
import org.tongban.application.CorrectionItem;
import org.tongban.application.Corrections;
import org.tongban.application.MyApplications;
import org.tongban.approval.CaseFixtures.Submitted;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.Visitor;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.support.TestClock;
import org.tongban.support.WebPage;

import com.jayway.jsonpath.JsonPath;

/**
 * The staff workbench pages on real cases (R4.1, R5.4, R8.2, R12.5): a department's staff
 * see and work on their own department's cases only, accept through the pages, ask for a
 * correction, and read a refusal of the case work on the case page.
 */
@IdentityTest
class StaffWorkbenchPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CaseWork work;

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	TestClock clock;

	@Autowired
	CaseFixtures cases;

	@Autowired
	Corrections corrections;

	@Autowired
	MyApplications myApplications;

	@Test
	@DisplayName("R12.5: the SCJGJ clerk's queue holds the SCJGJ case; a ZJJ clerk neither sees it nor opens it")
	void aDepartmentsQueueHoldsItsOwnCasesOnly() {
		Submitted food = cases.foodLicence();
		Visitor scjgj = logIn(Role.WINDOW_CLERK, "SCJGJ");
		Visitor zjj = logIn(Role.WINDOW_CLERK, "ZJJ");

		WebPage queue = scjgj.page("/staff?step=ACCEPTANCE");
		// Other tests' cases share the queue: the clerk pages on to this one, as a clerk
		// would.
		for (int page = 2; !queue.html().contains(food.number()) && queue.html().contains("rel=\"next\""); page++) {
			queue = scjgj.page("/staff?step=ACCEPTANCE&page=" + page);
		}
		assertThat(queue.status()).isEqualTo(200);
		assertThat(queue.html()).contains("href=\"/staff/cases/" + food.number() + "\"");
		assertThat(queue.text()).contains("食品经营许可", "受理", "未认领");

		assertThat(zjj.page("/staff").html()).doesNotContain(food.number());
		assertThat(zjj.get("/staff/cases/" + food.number())).hasStatus(404);
		assertThat(zjj.get("/staff/cases/" + food.number() + "/accept")).hasStatus(404);
	}

	@Test
	@DisplayName("R4.1, R5.4: the clerk claims and accepts through the pages; the history keeps the opinion")
	void theClerkClaimsAndAcceptsThroughThePages() {
		Submitted food = cases.foodLicence();
		Visitor clerk = logIn(Role.WINDOW_CLERK, "SCJGJ");
		String path = "/staff/cases/" + food.number();

		clerk.page("/staff");
		assertThat(clerk.post(path + "/claim")).hasRedirectedUrl(path);
		WebPage claimed = clerk.page(path);
		assertThat(claimed.text()).contains("已认领。", "您", "释放", "申请内容", "经营场所平面布局图和主要设备设施清单");

		WebPage acceptPage = clerk.page(path + "/accept");
		assertThat(acceptPage.status()).isEqualTo(200);
		WebPage refused = WebPage.of(clerk.post(path + "/accept", "opinion", ""));
		assertThat(refused.text()).contains("存在以下问题", "请填写意见。");

		assertThat(clerk.post(path + "/accept", "opinion", "材料齐全，符合法定形式，予以受理。")).hasRedirectedUrl(path);
		WebPage accepted = clerk.page(path);
		assertThat(accepted.text()).contains("已受理，受理通知书已送达申请人。", "初审", "材料齐全，符合法定形式，予以受理。", "受理通知书");
		CaseDocument notice = work.open(cases.approver(), food.number()).application().documents().get(0);
		MvcTestResult pdf = clerk.get(path + "/files/" + notice.attachmentId());
		assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
		assertThat(pdf.getResponse().getHeader("Content-Disposition")).startsWith("inline;");
		assertThat(pdf.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	@DisplayName("R4.1, R4.2: the clerk asks for a correction of one field, shown on the case page while it is made")
	void theClerkAsksForACorrectionThroughThePages() {
		Submitted food = cases.foodLicence();
		Visitor clerk = logIn(Role.WINDOW_CLERK, "SCJGJ");
		String path = "/staff/cases/" + food.number();

		WebPage form = clerk.page(path + "/request-correction");
		int address = itemIndex(form, "经营场所地址");
		assertThat(clerk.post(path + "/request-correction", "items[" + address + "].selected", "true",
				"items[" + address + "].problem", "地址与租赁合同不一致"))
			.hasRedirectedUrl(path);

		WebPage correcting = clerk.page(path);
		assertThat(correcting.text()).contains("补正通知已送达申请人", "申请人补正", "补正事项", "经营场所地址", "地址与租赁合同不一致", "暂停计时");
		assertThat(work.open(cases.approver(), food.number()).correction()).singleElement()
			.satisfies(item -> assertThat(item.code()).isEqualTo("premisesAddress"));
	}

	@Test
	@DisplayName("Issue 13 item 8: the history names the fields and materials of a correction notice, not their codes")
	void theHistoryNamesWhatACorrectionNoticeListed() {
		Submitted food = cases.foodLicence();
		work.requestCorrection(cases.clerk(), food.number(),
				List.of(new CorrectionItem(CorrectionItem.Kind.FIELD, "premisesAddress", "地址应写到门牌号"),
						new CorrectionItem(CorrectionItem.Kind.MATERIAL, "M04", "平面图缺少面积")),
				"请一并补正。");
		Visitor clerk = logIn(Role.WINDOW_CLERK, "SCJGJ");
		String path = "/staff/cases/" + food.number();

		assertThat(history(clerk.page(path))).contains("经营场所地址：地址应写到门牌号", "经营场所平面布局图和主要设备设施清单：平面图缺少面积", "请一并补正。")
			.doesNotContain("premisesAddress", "M04");
		assertThat(history(clerk.page(path + "?lang=en")))
			.contains("Address of the premises: 地址应写到门牌号", "Floor plan and list of main equipment: 平面图缺少面积")
			.doesNotContain("premisesAddress", "M04");
	}

	/** The case history of a case page, as markup. */
	private static String history(WebPage page) {
		String html = page.html();
		return html.substring(html.indexOf("id=\"history\""), html.indexOf("id=\"messages\""));
	}

	@Test
	@DisplayName("A refusal of the case work (409) is read on the case page, not as an error page")
	void aRefusalOfTheCaseWorkIsShownOnTheCasePage() {
		Submitted food = cases.foodLicence();
		Visitor first = logIn(Role.WINDOW_CLERK, "SCJGJ");
		Visitor second = logIn(Role.WINDOW_CLERK, "SCJGJ");
		String path = "/staff/cases/" + food.number();

		first.page(path + "/accept");
		second.page(path);
		assertThat(second.post(path + "/claim")).hasRedirectedUrl(path);
		assertThat(first.post(path + "/accept", "opinion", "材料齐全。")).hasRedirectedUrl(path);

		WebPage page = first.page(path);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("未能办理", "该任务已由").doesNotContain("已受理，");
	}

	@Test
	@DisplayName("R5.4, R16.4: the reviewer sends the case back through the pages and every earlier opinion stays")
	void theReviewerSendsBackThroughThePagesKeepingEveryOpinion() {
		Submitted food = cases.foodLicence();
		work.accept(cases.clerk(), food.number(), "材料齐全");
		Visitor reviewer = logIn(Role.REVIEWER, "SCJGJ");
		String path = "/staff/cases/" + food.number();

		reviewer.page(path + "/review");
		assertThat(reviewer.post(path + "/review", "outcome", "APPROVE", "opinion", "初审符合条件")).hasRedirectedUrl(path);
		assertThat(reviewer.page(path).text()).contains("审查意见已记录，办件已转入下一环节。", "现场核查");
		reviewer.page(path + "/review");
		assertThat(reviewer.post(path + "/review", "outcome", "APPROVE", "opinion", "现场核查合格")).hasRedirectedUrl(path);
		// R12.7: the re-review is another reviewer's.
		reviewer = logIn(Role.REVIEWER, "SCJGJ");
		reviewer.page(path);
		WebPage sendBack = reviewer.page(path + "/send-back");
		assertThat(sendBack.html()).contains("value=\"INITIAL_REVIEW\"", "value=\"INSPECTION\"")
			.doesNotContain("value=\"ACCEPTANCE\"");
		assertThat(WebPage.of(reviewer.post(path + "/send-back", "toStep", "ACCEPTANCE", "opinion", "退回受理")).text())
			.contains("请选择退回到哪个环节。");
		assertThat(reviewer.post(path + "/send-back", "toStep", "INSPECTION", "opinion", "核查记录不全"))
			.hasRedirectedUrl(path);

		WebPage page = reviewer.page(path);
		assertThat(page.text()).contains("已退回，原有意见均已保留。", "当前环节 现场核查", "材料齐全", "初审符合条件", "现场核查合格", "结果 现场核查 意见 核查记录不全");
		assertThat(reviewer.get(path + "/decide")).as("the approver's alone").hasRedirectedUrl(path);
	}

	/**
	 * The index of the correction line of a field or material, as the page numbers it.
	 */
	private static int itemIndex(WebPage form, String label) {
		var line = java.util.regex.Pattern
			.compile("for=\"items\\[(\\d+)\\]\\.selected\">" + java.util.regex.Pattern.quote(label) + "<")
			.matcher(form.html());
		assertThat(line.find()).as(label + " on the correction notice").isTrue();
		return Integer.parseInt(line.group(1));
	}

	@Test
	@DisplayName("R8.2, R15.3: the applicant sees the due day and the working days left, and that the clock stands still while they correct")
	void theApplicantSeesTheLegalClock() throws Exception {
		// Received Friday 27 November 2026, day 1 Monday 30 November; the food licence's
		// committed limit is 5 days.
		Submitted food = cases.foodLicence();
		var applicant = new Visitor(mvc);
		applicant.logIn(food.logInName(), TestAccounts.PASSWORD);
		String path = "/my/applications/" + food.number();

		assertThat(applicant.page(path).text())
			.contains("时限起算日", "2026年11月30日", "部门受理后，改为自受理后的第一个工作日起算", "办结期限", "2026年12月4日", "剩余时间", "5个工作日")
			.doesNotContain("暂停计时");
		assertThat(applicant.page(path + "?lang=en").text()).contains("Due by", "5 working days");

		work.requestCorrection(cases.clerk(), food.number(),
				List.of(new CorrectionItem(CorrectionItem.Kind.FIELD, "premisesAddress", "地址应写到门牌号")), null);

		assertThat(applicant.page(path + "?lang=zh").text()).contains("办结期限", "补正期间暂停计时");
		String token = JsonPath.read(mvc.post()
			.uri("/api/v1/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"" + food.logInName() + "\", \"password\": \"" + TestAccounts.PASSWORD + "\"}")
			.with(request -> {
				request.setRemoteAddr(TestAccounts.clientAddress());
				return request;
			})
			.exchange()
			.getResponse()
			.getContentAsString(), "$.token");
		assertThat(mvc.get().uri("/api/v1/applications/" + food.number()).header("Authorization", "Bearer " + token))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.clock.dueOn").isEqualTo("2026-12-04");
				assertThat(json).extractingPath("$.clock.pausedFor").isEqualTo("CORRECTION");
			});
	}

	@Test
	@DisplayName("Issue 13 item 8, R4.2: once the correction is resubmitted, the applicant's page, the case page and the public query say the case is back and the clock counts")
	void afterTheCorrectionTheClockCountsAgainOnEveryPage() {
		Submitted food = cases.foodLicence();
		work.requestCorrection(cases.clerk(), food.number(),
				List.of(new CorrectionItem(CorrectionItem.Kind.FIELD, "premisesAddress", "地址应写到门牌号")), null);
		var applicant = new Visitor(mvc);
		applicant.logIn(food.logInName(), TestAccounts.PASSWORD);
		String path = "/my/applications/" + food.number();
		assertThat(applicant.page(path).text()).contains("计时状态 补正期间暂停计时");
		assertThat(query(food).text()).contains("补正期间暂停计时").doesNotContain("本环节期限");
		assertThat(publicApi(food)).bodyJson().extractingPath("$.pausedFor").isEqualTo("CORRECTION");

		corrections.correct(food.applicant(), food.number(), Map.of("premisesAddress", List.of("D市中心区民生路58号一层101室")));
		corrections.resubmit(food.applicant(), food.number(), false);

		// At once, before the department's side has heard of it, and after.
		assertThat(applicant.page(path).text()).contains("已转回市市场监督管理局办理，继续计时").doesNotContain("暂停计时");
		cases.awaitStep(food.number(), "ACCEPTANCE");
		assertThat(applicant.page(path).text()).contains("已转回市市场监督管理局办理，继续计时", "剩余时间").doesNotContain("暂停计时");
		Visitor clerk = logIn(Role.WINDOW_CLERK, "SCJGJ");
		assertThat(clerk.page("/staff/cases/" + food.number()).text()).contains("计时状态 计时中", "当前环节 受理")
			.doesNotContain("暂停计时（");
		assertThat(query(food).text()).contains("计时状态 计时中", "本环节期限").doesNotContain("暂停计时");
		assertThat(publicApi(food)).bodyJson().extractingPath("$.pausedFor").isNull();
	}

	@Test
	@DisplayName("Issue 13 item 8, R3.5: a withdrawn application says so with its day, counts no days and takes no messages, on every page")
	void aWithdrawnApplicationCountsNoDaysOnAnyPage() {
		Submitted food = cases.foodLicence();
		var applicant = new Visitor(mvc);
		applicant.logIn(food.logInName(), TestAccounts.PASSWORD);
		String path = "/my/applications/" + food.number();
		applicant.page(path + "/withdraw");

		assertThat(applicant.post(path + "/withdraw")).hasRedirectedUrl(path);

		WebPage withdrawn = applicant.page(path);
		assertThat(withdrawn.text()).contains("您已于2026年11月27日撤回申请。", "已撤回").doesNotContain("剩余时间", "计时状态", "办结期限");
		assertThat(withdrawn.html()).doesNotContain("action=\"" + path + "/messages\"");
		assertThat(applicant.post(path + "/messages", "body", "还在吗？")).hasStatus(409);
		assertThat(applicant.page(path + "?lang=en").text())
			.contains("You withdrew this application on 27 November 2026.");
		applicant.page(path + "?lang=zh");
		cases.awaitStep(food.number(), "WITHDRAWN");
		Visitor clerk = logIn(Role.WINDOW_CLERK, "SCJGJ");
		WebPage casePage = clerk.page("/staff/cases/" + food.number());
		assertThat(casePage.text()).contains("申请人已于2026年11月27日撤回申请，停止计时").doesNotContain("剩余 ");
		assertThat(casePage.html()).doesNotContain("/write\"");
		assertThat(clerk.post("/staff/cases/" + food.number() + "/write", "body", "请补充材料"))
			.hasRedirectedUrl("/staff/cases/" + food.number());
		assertThat(clerk.page("/staff/cases/" + food.number()).text()).contains("这件申请已撤回，不能再留言。")
			.doesNotContain("请补充材料");
		assertThat(query(food).text()).contains("已撤回").doesNotContain("计时", "本环节期限");
	}

	/** The public query API's answer on the case. */
	private MvcTestResult publicApi(Submitted food) {
		String code = myApplications.byNumber(food.applicant(), food.number()).receipt().orElseThrow().queryCode();
		return mvc.get().uri("/api/v1/query?number={n}&code={c}", food.number(), code).with(request -> {
			request.setRemoteAddr(TestAccounts.clientAddress());
			return request;
		}).exchange();
	}

	/**
	 * The public query of the case, as anybody with its number and query code posts it.
	 */
	private WebPage query(Submitted food) {
		var anybody = new Visitor(mvc);
		anybody.page("/query");
		String code = myApplications.byNumber(food.applicant(), food.number()).receipt().orElseThrow().queryCode();
		return WebPage.of(anybody.post("/query", "number", food.number(), "code", code));
	}

	@Test
	@DisplayName("R8.1: a case whose due days fall in next year, not yet published, reads provisional in the queue, on the case page and to the applicant")
	void aDueDayInAnUnpublishedYearReadsProvisionalOnEveryPage() {
		// Received Monday 28 December 2026: the committed limit of 5 working days runs
		// into 2027.
		clock.set(LocalDateTime.of(2026, 12, 28, 10, 0));
		try {
			Submitted food = cases.foodLicence();
			Visitor clerk = logIn(Role.WINDOW_CLERK, "SCJGJ");
			WebPage queue = clerk.page("/staff?step=ACCEPTANCE");
			for (int page = 2; !queue.html().contains(food.number()) && queue.html().contains("rel=\"next\""); page++) {
				queue = clerk.page("/staff?step=ACCEPTANCE&page=" + page);
			}
			String row = queue.html().substring(queue.html().indexOf("/staff/cases/" + food.number()));
			assertThat(row.substring(0, row.indexOf("</tr>"))).contains("（暂定）");
			assertThat(clerk.page("/staff/cases/" + food.number()).text()).contains("暂定：国务院尚未公布");

			var applicant = new Visitor(mvc);
			applicant.logIn(food.logInName(), TestAccounts.PASSWORD);
			assertThat(applicant.page("/my/applications/" + food.number()).text()).contains("2027年1月5日", "暂定：国务院尚未公布");
		}
		finally {
			clock.reset();
		}
	}

	private Visitor logIn(Role role, String department) {
		var visitor = new Visitor(mvc);
		visitor.logIn(EnrolledStaff.create(accounts, secondFactor, clock, DepartmentRole.of(role, department)));
		return visitor;
	}

}
