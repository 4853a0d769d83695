package org.tongban.participation.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.approval.CaseFixtures;
import org.tongban.approval.Decision;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.participation.Satisfaction;
import org.tongban.participation.rating.Rating.Appeal;
import org.tongban.participation.rating.Rating.Verification;
import org.tongban.shared.LocalizedText;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;
import org.tongban.support.TestClock;

/**
 * R15.8, R13.1 in a real browser: the applicant rates their finished case from its page,
 * once, with a level, a reason ticked and a comment; a level missing is told; anybody
 * reads the public rankings; every page passes axe.
 */
@BrowserTest
class RatingInBrowserTests {

	@Autowired
	CaseFixtures cases;

	@Autowired
	RatingStore store;

	@Autowired
	TestClock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	Ratings ratings;

	/**
	 * Every browser test logs in from 127.0.0.1, whose log-in attempts are limited a
	 * minute (R12.4): a minute passes before and after this class's log-ins.
	 */
	@BeforeEach
	@AfterEach
	void letAMinutePass() {
		clock.advance(Duration.ofMinutes(1));
	}

	@Test
	@DisplayName("R15.8, R13.1: the applicant rates their granted case once from its page: every page passes axe")
	void theApplicantRatesTheirFinishedCase(Browser browser) {
		CaseFixtures.Submitted submitted = cases.standard();
		cases.decideFromAcceptance(submitted.number(), "SCJGJ", Decision.GRANT);
		await().alias("the rating of " + submitted.number() + " is due")
			.atMost(Duration.ofSeconds(30))
			.until(() -> store.byNumber(submitted.number()).isPresent());
		logIn(browser, submitted.logInName());

		browser.open("/my/applications/" + submitted.number());
		browser.clickThrough("#rating a");
		assertThat(browser.find("h1").getText()).contains("评价", submitted.number());
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.find(".error-summary").getText()).contains("请选择满意程度。");
		assertThat(browser.accessibilityViolations()).isEmpty();

		browser.find("input[name=satisfaction][value=SATISFIED] + label").click();
		browser.find("input[name=reasons][value=FAST] + label").click();
		browser.find("#comment").sendKeys("<b>很快</b>");
		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.find("main").getText()).contains("感谢您的评价", submitted.number(), "满意", "办理快捷", "<b>很快</b>");
		assertThat(browser.accessibilityViolations()).isEmpty();
		assertThat(store.byNumber(submitted.number()).orElseThrow().satisfaction()).isEqualTo(Satisfaction.SATISFIED);
		assertThat(browser.findAll("main form")).as("rated once: no form any more").isEmpty();
		browser.open("/my/applications/" + submitted.number() + "/rating?lang=en");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.open("/my/applications/" + submitted.number() + "/rating?lang=zh");
	}

	@Test
	@DisplayName("R16.3, R13.1: a supervisor reads the rankings of departments and matters of a period; a day mistyped is told: every page passes axe")
	void aSupervisorReadsTheRankings(Browser browser) {
		EnrolledStaff supervisor = EnrolledStaff.create(accounts, secondFactor, clock,
				DepartmentRole.of(Role.SUPERVISOR, "ZWFWJ"));
		logIn(browser, supervisor.accountName());
		browser.find("#code").sendKeys(supervisor.authenticator().code());
		browser.clickThrough("form[action='/login/second-factor'] button[type=submit]");

		for (String language : new String[] { "en", "zh" }) {
			browser.open("/supervision/ratings?from=2026-01-01&to=2026-12-31&lang=" + language);
			assertThat(browser.findAll("main h2")).hasSize(2);
			assertThat(browser.accessibilityViolations()).as(language).isEmpty();
		}
		browser.open("/supervision/ratings?from=2026-13-01");
		assertThat(browser.find(".error-summary").getText()).contains("请按“年-月-日”输入日期");
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

	@Test
	@DisplayName("R15.8, R16.3, R13.1: a supervisor finds a bad rating justified from the console's list; a finding missing is told: every page passes axe")
	void aSupervisorVerifiesABadRatingAsJustified(Browser browser) {
		CaseFixtures.Submitted rated = badlyRated();
		EnrolledStaff.create(accounts, secondFactor, clock, DepartmentRole.of(Role.SUPERVISOR, "ZWFWJ")).logIn(browser);

		browser.open("/supervision");
		browser.clickThrough("a[href='/supervision/ratings/waiting']");
		assertThat(browser.find("#toVerify + .table-wrap").getText()).contains(rated.number());
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.clickThrough("a[href='/supervision/ratings/" + rated.number() + "']");
		assertThat(browser.find("main").getText()).contains("非常不满意", "办理拖延", "跑了三次。");
		assertThat(browser.accessibilityViolations()).isEmpty();

		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.find(".error-summary").getText()).contains("请选择核实结果。");
		assertThat(browser.find("#finding-error").getText()).contains("请选择核实结果。");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.find("input[name=finding][value=JUSTIFIED] + label").click();
		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.find(".error-summary").getText()).contains("请填写内容。");
		assertThat(browser.find("#reason-error").getText()).contains("请填写内容。");
		assertThat(browser.find("input[name=finding][value=JUSTIFIED]").isSelected()).as("the finding kept").isTrue();
		assertThat(browser.accessibilityViolations()).isEmpty();

		browser.find("#reason").sendKeys("经调取记录，确有多次补件。");
		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.find("main").getText()).contains("已记录办件 " + rated.number(), "差评属实，需整改", "整改期限");
		assertThat(browser.findAll("main form")).as("verified once: no form any more").isEmpty();
		assertThat(browser.accessibilityViolations()).isEmpty();
		assertThat(store.byNumber(rated.number()).orElseThrow().verification()).isEqualTo(Verification.JUSTIFIED);
		browser.open("/supervision/ratings/" + rated.number() + "?lang=en");
		assertThat(browser.find("main").getText()).contains("Justified: to be rectified");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.open("/supervision/ratings/waiting?lang=zh");
	}

	@Test
	@DisplayName("R15.8, R16.3, R13.1: the department administrator replies on a justified bad rating from the admin home, then appeals it; an empty reply is told: every page passes axe")
	void theDepartmentAdministratorRepliesAndAppeals(Browser browser) {
		CaseFixtures.Submitted rated = badlyRated();
		ratings.verify(
				new TestAccounts(accounts).staff(TestAccounts.accountName(),
						DepartmentRole.of(Role.SUPERVISOR, "ZWFWJ")),
				rated.number(), Verification.JUSTIFIED, "确有多次补件。");
		EnrolledStaff.create(accounts, secondFactor, clock, DepartmentRole.of(Role.DEPARTMENT_ADMIN, "SCJGJ"))
			.logIn(browser);

		browser.open("/admin");
		browser.clickThrough("a[href='/admin/ratings']");
		assertThat(browser.find("#rectifications + .table-wrap").getText()).contains(rated.number());
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.clickThrough("#rectifications + .table-wrap a[href='/admin/ratings/" + rated.number() + "']");
		assertThat(browser.accessibilityViolations()).isEmpty();

		browser.clickThrough("form[action$='/reply'] button[type=submit]");
		assertThat(browser.find(".error-summary").getText()).contains("请填写内容。");
		assertThat(browser.find("#reply-error").getText()).contains("请填写内容。");
		assertThat(browser.accessibilityViolations()).isEmpty();

		browser.find("#reply").sendKeys("已整改：补正材料改为一次性告知。");
		browser.clickThrough("form[action$='/reply'] button[type=submit]");
		assertThat(browser.find("main").getText()).contains("已将办件 " + rated.number() + " 的整改答复发送给评价人",
				"已整改：补正材料改为一次性告知。");
		assertThat(browser.findAll("form[action$='/reply']")).as("replied once").isEmpty();
		assertThat(browser.accessibilityViolations()).isEmpty();

		browser.find("#reason").sendKeys("申请人不满意的是收费标准。");
		browser.clickThrough("form[action$='/appeal'] button[type=submit]");
		assertThat(browser.find("main").getText()).contains("已提交对办件 " + rated.number() + " 评价的申诉");
		assertThat(browser.accessibilityViolations()).isEmpty();
		Rating after = store.byNumber(rated.number()).orElseThrow();
		assertThat(after.reply()).isEqualTo("已整改：补正材料改为一次性告知。");
		assertThat(after.appeal()).isEqualTo(Appeal.PENDING);
		browser.open("/admin/ratings?lang=en");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.open("/admin/ratings?lang=zh");
	}

	@Test
	@DisplayName("R10.2, R16.3, R13.1: anybody reads the rankings of a month that ended from the footer, no log-in; fewer than 5 ratings are not ranked; in Chinese and English every page passes axe")
	void anybodyReadsTheRankingsOfAMonthThatEnded(Browser browser) {
		// The oldest month offered, which no other test rates in.
		YearMonth month = YearMonth.now(clock).minusMonths(PublicRankingPage.MONTHS);
		Instant ratedAt = month.atDay(10).atTime(10, 0).atZone(clock.getZone()).toInstant();
		for (Satisfaction level : List.of(Satisfaction.VERY_SATISFIED, Satisfaction.VERY_SATISFIED,
				Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED, Satisfaction.DISSATISFIED)) {
			rated("FGW", "FGW-GKTZBA", "企业投资项目备案", level, ratedAt);
		}
		rated("KJJ", "KJJ-GXJSQY", "高新技术企业认定", Satisfaction.VERY_DISSATISFIED, ratedAt);
		rated("KJJ", "KJJ-GXJSQY", "高新技术企业认定", Satisfaction.SATISFIED, ratedAt);

		browser.open("/");
		browser.clickThrough("footer a[href='/ratings']");
		assertThat(browser.find("h1").getText()).isEqualTo("好差评结果公开");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.find("#month option[value='" + month + "']").click();
		browser.clickThrough("main form button[type=submit]");
		// (5 + 5 + 4 + 3 + 2) / 5 = 3.80, one bad of five.
		assertThat(browser.find("#departments + .table-wrap tbody").getText())
			.contains("市发展和改革委员会", "3.80", "5", "20.0%")
			.doesNotContain("市科学技术局");
		assertThat(browser.find("#matters + .table-wrap tbody").getText()).contains("企业投资项目备案")
			.doesNotContain("高新技术企业认定");
		assertThat(browser.find("main").getText()).as("the withheld counted, not named")
			.contains("另有 1 个评价少于 5 条，不排名。");
		assertThat(browser.accessibilityViolations()).isEmpty();

		browser.open("/ratings?month=1999-01&lang=en");
		assertThat(browser.find(".error-summary").getText()).contains("Choose a month from");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.open("/ratings?month=" + month);
		assertThat(browser.find("#departments + .table-wrap tbody").getText())
			.contains("D City Development and Reform Commission");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.open("/ratings?lang=zh");
	}

	/** A rating given at the moment, of a case of the department's matter. */
	private void rated(String department, String matter, String name, Satisfaction level, Instant at) {
		UUID id = UUID.randomUUID();
		store.insert(new Rating(id, UUID.randomUUID(),
				"TB" + (20000000000000L + Math.abs(id.getLeastSignificantBits() % 10000000000000L)), UUID.randomUUID(),
				matter, LocalizedText.of(name, name), department, "DECISION", at, at.plus(Ratings.TIME_TO_RATE),
				Rating.State.DUE, null, Set.of(), null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, List.of()));
		store.rate(id, level, Set.of(), null, at);
	}

	/** A granted case of the standard matter its applicant rated very dissatisfied. */
	private CaseFixtures.Submitted badlyRated() {
		CaseFixtures.Submitted submitted = cases.standard();
		cases.decideFromAcceptance(submitted.number(), "SCJGJ", Decision.GRANT);
		await().alias("the rating of " + submitted.number() + " is due")
			.atMost(Duration.ofSeconds(30))
			.until(() -> store.byNumber(submitted.number()).isPresent());
		ratings.rate(submitted.applicant(), submitted.number(), Satisfaction.VERY_DISSATISFIED,
				Set.of(RatingReason.SLOW), "跑了三次。");
		return submitted;
	}

	private static void logIn(Browser browser, String username) {
		browser.open("/login");
		browser.find("#username").sendKeys(username);
		browser.find("#password").sendKeys(TestAccounts.PASSWORD);
		browser.clickThrough("form[action='/login'] button[type=submit]");
	}

}
