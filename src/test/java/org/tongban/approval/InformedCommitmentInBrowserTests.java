package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.CaseDocument;
import org.tongban.application.CaseFiles;
import org.tongban.application.Drafts;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.identity.factors.DemoChallengeSigner;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;
import org.tongban.support.QrCodes;
import org.tongban.support.TestClock;

/**
 * R5.5, R13.1: a newcomer runs the informed-commitment track in a real browser, in
 * Chinese and English: the applicant signs the commitment with the code from the outbox
 * and is granted at once, downloads the licence the grant yields, follows its QR code and
 * reads that it is valid (R6.3); the reviewer records a false commitment. An applicant
 * logged in with a CA certificate signs with it. Every page passes axe.
 */
@BrowserTest
class InformedCommitmentInBrowserTests {

	private static final Pattern CODE = Pattern.compile("\\d{6}");

	@Autowired
	Accounts accounts;

	@Autowired
	AccountDirectory directory;

	@Autowired
	Drafts drafts;

	@Autowired
	ApplicationMaterials materials;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	TestClock clock;

	/** Log-ins from 127.0.0.1 are limited a minute (R12.4): each class has its own. */
	@BeforeEach
	@AfterEach
	void letAMinutePass() {
		clock.advance(Duration.ofMinutes(1));
	}

	@Test
	@DisplayName("R5.5, R13.1: commitment signed, granted at once, verified false: every page in both languages passes axe")
	void aNewcomerRunsTheCommitmentTrack(Browser browser) {
		TestAccounts.Person person = new TestAccounts(accounts).person();
		UUID id = InformedCommitmentTests.completeDraft(drafts, materials, person.actor()).id();
		String tasks = "/apply/drafts/" + id;
		logIn(browser, person.mobile().value());

		browser.open(tasks);
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.clickThrough(".task-list a[href$='/commitment']");
		assertThat(browser.find("h1").getText()).isEqualTo("以告知承诺方式申请");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.open(tasks + "/commitment?lang=en");
		assertThat(browser.find("main").getText()).contains("The consequences of a false commitment");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.open(tasks + "/commitment?lang=zh");
		browser.clickThrough("main button[name=send]");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.find("#code").sendKeys("12ab");
		browser.clickThrough("main form:has(#code) button[type=submit]");
		assertThat(browser.find(".error-summary").getText()).contains("请输入短信中的 6 位数字验证码");
		assertThat(browser.accessibilityViolations()).isEmpty();
		String code = codeFromTheOutbox(browser, person);
		browser.open(tasks + "/commitment");
		browser.find("#code").sendKeys(code);
		browser.clickThrough("main form:has(#code) button[type=submit]");
		assertThat(browser.currentPath()).isEqualTo(tasks);
		assertThat(browser.find("main").getText()).contains("已签署");

		browser.open(tasks + "/check");
		assertThat(browser.find("main").getText()).contains("告知承诺（已签署承诺书，当场准予许可）");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.clickThrough("form[action$='/submit'] button[type=submit]");
		String number = browser.currentPath().replaceAll(".*/(TB\\d{14})/confirmation", "$1");
		await().atMost(Duration.ofSeconds(30)).until(() -> caseFiles.get(id).status() == ApplicationStatus.GRANTED);
		// The grant yields its electronic licence (R6.3): the applicant downloads it,
		// follows its QR code and reads
		// that it is valid.
		UUID licencePdf = await().atMost(Duration.ofSeconds(30))
			.until(() -> caseFiles.get(id)
				.documents()
				.stream()
				.filter(document -> document.kind().equals("LICENCE"))
				.map(CaseDocument::attachmentId)
				.findFirst(), Optional::isPresent)
			.orElseThrow();
		browser.open("/my/applications/" + number);
		assertThat(browser.find("main").getText()).contains("准予行政许可", "告知承诺书", "电子证照编号：DZZZ-");
		assertThat(browser.accessibilityViolations()).isEmpty();
		URI verification = URI
			.create(QrCodes.onFirstPage(browser.download("/my/applications/" + number + "/documents/" + licencePdf)));
		assertThat(browser.find("#licence a").getAttribute("href")).endsWith(verification.getPath());
		browser.open(verification.getPath());
		assertThat(browser.find("#result-title").getText()).contains("有效");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.open("/my/applications/" + number);
		browser.clickThrough(".header__logout button");

		EnrolledStaff reviewer = EnrolledStaff.create(accounts, secondFactor, clock,
				DepartmentRole.of(Role.REVIEWER, InformedCommitmentTests.YBJ));
		logIn(browser, reviewer.accountName());
		browser.find("#code").sendKeys(reviewer.authenticator().code());
		browser.clickThrough("form[action='/login/second-factor'] button[type=submit]");
		for (String language : new String[] { "en", "zh" }) {
			browser.open("/staff/post-verifications?lang=" + language);
			assertThat(browser.find("main").getText()).contains(number);
			assertThat(browser.accessibilityViolations()).as(language).isEmpty();
		}
		browser.clickThrough("main a[href^='/staff/post-verifications/']");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.find("label[for=outcome-FALSE_COMMITMENT]").click();
		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.find(".error-summary").getText()).contains("虚假承诺请填写核查情况和理由。");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.find("#reasons").sendKeys("申请人未在异地长期居住");
		browser.find("#legalBasis").sendKeys("《中华人民共和国行政许可法》第六十九条第二款");
		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.find("main").getText()).contains("核查结果已记录。", "虚假承诺");
		assertThat(browser.accessibilityViolations()).isEmpty();
		assertThat(caseFiles.get(id).status()).isEqualTo(ApplicationStatus.REVOKED);
	}

	@Test
	@DisplayName("R5.5, R13.1: logged in with a CA certificate, the applicant signs the commitment's digest with it; the page and its refusal pass axe")
	void aCertificateHolderSignsTheCommitmentWithIt(Browser browser) throws Exception {
		TestAccounts.Person zhangWei = new TestAccounts(accounts).registryPerson("张伟", "210202198503120311", directory);
		UUID id = InformedCommitmentTests.completeDraft(drafts, materials, zhangWei.actor()).id();
		String tasks = "/apply/drafts/" + id;
		browser.open("/login/certificate");
		String challenge = browser.find("#challenge").getText();
		browser.find("#certificate").sendKeys(DemoChallengeSigner.certificate("person-sm2"));
		browser.find("#signature").sendKeys(DemoChallengeSigner.sign("person-sm2", challenge));
		browser.clickThrough("form[action='/login/certificate'] button[type=submit]");
		assertThat(browser.currentPath()).isEqualTo("/my");

		browser.open(tasks + "/commitment?lang=en");
		assertThat(browser.find("main").getText()).contains("Sign with your digital certificate");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.open(tasks + "/commitment?lang=zh");
		assertThat(browser.accessibilityViolations()).isEmpty();
		String digest = browser.find("#commitment-digest").getText();
		browser.find("#certificate").sendKeys(DemoChallengeSigner.certificate("person-ecdsa"));
		browser.find("#signature").sendKeys(DemoChallengeSigner.sign("person-ecdsa", digest));
		browser.clickThrough("main form:has(#certificate) button[type=submit]");
		assertThat(browser.find(".error-summary").getText()).contains("这张证书不是您本人（本单位）的");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.find("#certificate").clear();
		browser.find("#certificate").sendKeys(DemoChallengeSigner.certificate("person-sm2"));
		browser.find("#signature").sendKeys(DemoChallengeSigner.sign("person-sm2", digest));
		browser.clickThrough("main form:has(#certificate) button[type=submit]");
		assertThat(browser.currentPath()).isEqualTo(tasks);
		assertThat(browser.find("main").getText()).contains("已签署");
	}

	private static void logIn(Browser browser, String username) {
		browser.open("/login");
		browser.find("#username").sendKeys(username);
		browser.find("#password").sendKeys(TestAccounts.PASSWORD);
		browser.clickThrough("form[action='/login'] button[type=submit]");
	}

	/** The signing code, read in the development outbox as a tester would. */
	private static String codeFromTheOutbox(Browser browser, TestAccounts.Person person) {
		browser.open("/dev/outbox?recipient=" + person.mobile().value());
		Matcher code = CODE.matcher(browser.find("main .text").getText());
		assertThat(code.find()).as("a code in the outbox").isTrue();
		return code.group();
	}

}
