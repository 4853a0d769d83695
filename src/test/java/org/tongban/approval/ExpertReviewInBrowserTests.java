package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.application.AttachedMaterial;
import org.tongban.approval.CaseFixtures.Submitted;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.Role;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;
import org.tongban.support.TestClock;

/**
 * R5.3 in a real browser on a phone: the reviewer asks an expert of the matter's field;
 * the expert finds the case assigned to them, reads the shared material and gives their
 * opinion, each form refusing what is missing next to its field; every page passes
 * axe-core's WCAG 2.1 AA rules and fits the screen.
 */
@BrowserTest
class ExpertReviewInBrowserTests {

	@Autowired
	CaseFixtures cases;

	@Autowired
	CaseWork work;

	@Autowired
	ExpertReviews experts;

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	TestClock clock;

	/** A minute between classes' log-ins from 127.0.0.1, as the other browser tests. */
	@BeforeEach
	@AfterEach
	void letAMinutePass() {
		clock.advance(Duration.ofMinutes(1));
	}

	@Test
	@DisplayName("R5.3: on a phone the expert reads the case assigned to them and gives their opinion; every page is accessible")
	void theExpertGivesTheirOpinionOnAPhone(Browser browser) {
		Submitted food = cases.foodLicence();
		work.accept(cases.clerk(), food.number(), null);
		EnrolledStaff expert = EnrolledStaff.create(accounts, secondFactor, clock,
				DepartmentRole.of(Role.EXPERT, "ZJJ"));
		experts.setFields(expert.actor().id(), List.of("SPJY"));
		AttachedMaterial shared = work.open(cases.reviewer(), food.number()).application().materials().get(0);
		work.assignExperts(cases.reviewer(), food.number(),
				List.of(new ExpertDue(expert.actor().id(), LocalDate.of(2026, 12, 4))), List.of(shared.attachmentId()),
				"请对经营场所布局是否符合食品安全要求提出意见");

		logIn(browser, expert);

		browser.open("/expert");
		assertThat(browser.find("main").getText()).contains(food.number(), "2026年12月4日");
		assertPageIsAccessible(browser);

		browser.clickThrough("#assignments a");
		assertThat(browser.currentPath()).isEqualTo("/expert/cases/" + food.number());
		assertThat(browser.find("main").getText()).contains("请对经营场所布局是否符合食品安全要求提出意见", shared.displayName());
		assertPageIsAccessible(browser);

		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.find(".error-summary").getText()).contains("请选择评审结论。", "请填写评审意见。");
		assertPageIsAccessible(browser);

		browser.find("label[for='outcome-AGREE_WITH_CONDITIONS']").click();
		browser.find("#opinion").sendKeys("冷库应加装温度记录装置");
		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.find("main").getText()).contains("您的评审意见已提交。", "有条件同意", "冷库应加装温度记录装置");
		assertPageIsAccessible(browser);

		browser.open("/expert/cases/" + food.number() + "?lang=en");
		assertThat(browser.find("main").getText()).contains("Agree with conditions");
		assertPageIsAccessible(browser);
	}

	@Test
	@DisplayName("R5.3: on a phone the reviewer asks an expert of the field on the action page and reads the opinion on the case page; every page is accessible")
	void theReviewerAsksAnExpertOnAPhone(Browser browser) {
		Submitted food = cases.foodLicence();
		work.accept(cases.clerk(), food.number(), null);
		EnrolledStaff reviewer = EnrolledStaff.create(accounts, secondFactor, clock,
				DepartmentRole.of(Role.REVIEWER, CaseFixtures.SCJGJ));
		var expert = cases.staff(Role.EXPERT, "ZJJ");
		experts.setFields(expert.id(), List.of("SPJY"));
		int line = work.expertCandidates(reviewer.actor(), food.number())
			.stream()
			.map(Expert::id)
			.toList()
			.indexOf(expert.id());
		String path = "/staff/cases/" + food.number();
		logIn(browser, reviewer);

		browser.open(path);
		browser.clickThrough("a[href='" + path + "/expert-review']");
		assertThat(browser.find("main").getText()).contains("请专家评审", expert.name(), "专业领域：食品经营");
		assertPageIsAccessible(browser);

		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.find(".error-summary").getText()).contains("请至少选择一位专家。", "请填写理由。");
		assertPageIsAccessible(browser);

		browser.find("label[for='experts[" + line + "].selected']").click();
		browser.driver()
			.executeScript("document.getElementById(arguments[0]).value = '2026-12-04';",
					"experts[" + line + "].dueOn");
		browser.find("#reason").sendKeys("请对经营场所布局是否符合食品安全要求提出意见");
		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.currentPath()).isEqualTo(path);
		assertThat(browser.find("main").getText()).contains("已请专家评审", expert.name(), "待提出意见");
		assertPageIsAccessible(browser);

		experts.giveOpinion(expert, food.number(), ExpertOutcome.AGREE, "布局合理", null, null);
		browser.open(path);
		assertThat(browser.find("#expert-opinions").getText()).contains(expert.name(), "同意", "布局合理");
		assertPageIsAccessible(browser);
	}

	private static void logIn(Browser browser, EnrolledStaff staff) {
		browser.resize(Browser.PHONE);
		staff.logIn(browser);
	}

	private static void assertPageIsAccessible(Browser browser) {
		assertThat(browser.scrollsSideways()).isFalse();
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

}
