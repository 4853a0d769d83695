package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.application.Application;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.CaseFiles;
import org.tongban.application.Drafts;
import org.tongban.application.Submissions;
import org.tongban.application.web.ApplicantApi;
import org.tongban.exchange.CreditEventKind;
import org.tongban.exchange.CreditRegister;
import org.tongban.exchange.CreditSubject;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.Role;
import org.tongban.identity.SmsInbox;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.Visitor;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.support.TestClock;
import org.tongban.support.WebPage;

/**
 * R5.5, R15.7 on the pages and the API, as a newcomer runs the track: the applicant reads
 * and signs the commitment from the draft's task list, one thing per page, in Chinese or
 * English, and sees it on their application once granted; the reviewer records a false
 * commitment on the post-verification page; the offer is neither shown nor accepted for
 * an applicant with a false commitment on record.
 */
@IdentityTest
class InformedCommitmentPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Drafts drafts;

	@Autowired
	ApplicationMaterials materials;

	@Autowired
	Submissions submissions;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	CreditRegister credit;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	TestClock clock;

	@Test
	@DisplayName("R5.5: the applicant signs the commitment page by page, is granted at once, and the reviewer finds it false on the post-verification page")
	void theApplicantSignsAndTheReviewerVerifiesOnThePages() {
		TestAccounts.Person person = new TestAccounts(accounts).person();
		UUID id = completeDraft(person).id();
		String draft = "/apply/drafts/" + id;
		var applicant = new Visitor(mvc);
		applicant.logIn(person.mobile().value(), TestAccounts.PASSWORD);

		assertThat(applicant.page(draft).text()).contains("以告知承诺方式申请（可选）", "可选");
		WebPage page = applicant.page(draft + "/commitment");
		assertThat(page.text()).contains("告知承诺书", "参加D市基本医疗保险且参保状态正常", "虚假承诺的后果", "发送验证码", person.mobile().masked());
		assertThat(applicant.page(draft + "/commitment?lang=en").text()).contains("Apply on informed commitment",
				"The consequences of a false commitment", "Send a code");
		applicant.page(draft + "/commitment?lang=zh");
		assertThat(WebPage.of(applicant.post(draft + "/commitment", "send", "true")).text())
			.contains("验证码已发送到 " + person.mobile().masked());
		String code = new SmsInbox(mvc).latestCode(person.mobile()).orElseThrow();
		MvcTestResult wrong = applicant.post(draft + "/commitment", "code", "12ab");
		assertThat(wrong).hasStatus(400);
		assertThat(WebPage.of(wrong).html()).contains("error-summary", "href=\"#code\"");
		assertThat(applicant.post(draft + "/commitment", "code", code)).hasStatus(302).hasRedirectedUrl(draft);
		assertThat(applicant.page(draft).text()).contains("已签署", "您已签署告知承诺书");
		assertThat(applicant.page(draft + "/check").text()).contains("告知承诺（已签署承诺书，当场准予许可）");

		String number = submissions.submit(person.actor(), id, UUID.randomUUID().toString()).number();
		await().atMost(Duration.ofSeconds(30)).until(() -> caseFiles.get(id).status() == ApplicationStatus.GRANTED);
		WebPage application = applicant.page("/my/applications/" + number);
		assertThat(application.text()).contains("准予行政许可", "告知承诺书", "短信验证码", "阅读告知承诺书全文");
		assertThat(applicant.page("/my/applications/" + number + "?lang=en").text()).contains("Informed commitment",
				"SMS code");
		applicant.page("/my/applications/" + number + "?lang=zh");

		var reviewer = new Visitor(mvc);
		reviewer.logIn(EnrolledStaff.create(accounts, secondFactor, clock,
				DepartmentRole.of(Role.REVIEWER, InformedCommitmentTests.YBJ)));
		WebPage list = reviewer.page("/staff/post-verifications");
		assertThat(list.text()).contains("事后核查", number);
		String verification = list.html()
			.replaceAll("(?s).*href=\"(/staff/post-verifications/[0-9a-f-]{36})\".*", "$1");
		assertThat(reviewer.page(verification).text()).contains(number, "参加D市基本医疗保险且参保状态正常", "记录核查结果");
		assertThat(reviewer.page(verification + "?lang=en").text()).contains("Post-verification", "False commitment");
		reviewer.page(verification + "?lang=zh");

		MvcTestResult incomplete = reviewer.post(verification, "outcome", "FALSE_COMMITMENT");
		assertThat(incomplete).hasStatus(400);
		assertThat(WebPage.of(incomplete).text()).contains("虚假承诺请填写核查情况和理由。");
		assertThat(reviewer.post(verification, "outcome", "FALSE_COMMITMENT", "reasons", "申请人未在异地长期居住", "legalBasis",
				"《中华人民共和国行政许可法》第六十九条第二款"))
			.hasStatus(302)
			.hasRedirectedUrl(verification);
		assertThat(reviewer.page(verification).text()).contains("核查结果已记录。", "虚假承诺", "申请人未在异地长期居住");

		WebPage revoked = applicant.page("/my/applications/" + number);
		assertThat(revoked.text()).contains("已撤销行政许可", "撤销行政许可决定书");
	}

	@Test
	@DisplayName("R15.7: an applicant with a false commitment on record is not shown the offer, and the pages and the API refuse it")
	void theOfferIsHiddenAndRefusedAfterAFalseCommitment() {
		TestAccounts.Person person = new TestAccounts(accounts).person();
		credit.record(CreditSubject.of(person.residentId()), CreditEventKind.FALSE_COMMITMENT, "TB20250301000002",
				"经事后核查，承诺不实", "system");
		UUID id = completeDraft(person).id();
		String draft = "/apply/drafts/" + id;
		var applicant = new Visitor(mvc);
		applicant.logIn(person.mobile().value(), TestAccounts.PASSWORD);

		assertThat(applicant.page(draft).html()).doesNotContain(draft + "/commitment");
		assertThat(applicant.get(draft + "/commitment")).hasStatus(409);
		assertThat(applicant.post(draft + "/commitment", "send", "true")).hasStatus(409);
		assertThat(applicant.page(draft + "/check").text()).doesNotContain("告知承诺");

		var api = new ApplicantApi(mvc, ApplicantApi.logIn(mvc, person.mobile().value(), TestAccounts.PASSWORD),
				TestAccounts.clientAddress());
		String base = "/api/v1/drafts/" + id + "/commitment";
		assertThat(api.get(base)).hasStatus(409);
		assertThat(api.post(base + "/code", Map.of())).hasStatus(409);
		assertThat(api.post(base, Map.of("code", "123456"))).hasStatus(409);
		assertThat(new SmsInbox(mvc).latestCode(person.mobile())).as("no signing code was sent").isEmpty();
	}

	@Test
	@DisplayName("R5.5: through the API the applicant reads the commitment, signs it with the code, and reads it on the application")
	void theApiSignsTheCommitment() {
		TestAccounts.Person person = new TestAccounts(accounts).person();
		UUID id = completeDraft(person).id();
		var api = new ApplicantApi(mvc, ApplicantApi.logIn(mvc, person.mobile().value(), TestAccounts.PASSWORD),
				TestAccounts.clientAddress());
		String base = "/api/v1/drafts/" + id + "/commitment";

		MvcTestResult offer = api.get(base);
		assertThat(offer).hasStatusOk().bodyJson().extractingPath("$.maskedPhone").isEqualTo(person.mobile().masked());
		assertThat(api.post(base + "/code", Map.of())).hasStatus(202);
		assertThat(api.post(base, Map.of("code", "99999"))).hasStatus(400);
		String code = new SmsInbox(mvc).latestCode(person.mobile()).orElseThrow();
		MvcTestResult signed = api.post(base, Map.of("code", code));
		assertThat(signed).hasStatus(201).bodyJson().extractingPath("$.method").isEqualTo("SMS_CODE");
		assertThat(api.post(base + "/code", Map.of())).as("signed already").hasStatus(409);

		String number = submissions.submit(person.actor(), id, UUID.randomUUID().toString()).number();
		assertThat(api.get("/api/v1/applications/" + number + "/commitment")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.digest")
			.isEqualTo(caseFiles.commitment(id).orElseThrow().digest());
	}

	private Application completeDraft(TestAccounts.Person person) {
		return InformedCommitmentTests.completeDraft(drafts, materials, person.actor());
	}

}
