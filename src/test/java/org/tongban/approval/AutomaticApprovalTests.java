package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.tongban.catalog.DecisionRule.Source.APPLICANT_PROFILE;
import static org.tongban.catalog.DecisionRule.Source.CREDIT_REGISTER;
import static org.tongban.catalog.DecisionRule.Source.FORM;
import static org.tongban.catalog.DecisionRule.Source.LEGAL_PERSON_REGISTRY;
import static org.tongban.catalog.DecisionRule.Source.POPULATION_REGISTRY;
import static org.tongban.application.RuleOutcome.Verdict.FAILS;
import static org.tongban.application.RuleOutcome.Verdict.HOLDS;
import static org.tongban.application.RuleOutcome.Verdict.UNANSWERED;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.tongban.application.Application;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.CaseFiles;
import org.tongban.application.Drafts;
import org.tongban.application.FoodLicenceApplications;
import org.tongban.application.RuleExplanation;
import org.tongban.application.RuleOutcome;
import org.tongban.application.Submissions;
import org.tongban.application.web.ApplicantApi;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.Visitor;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;
import org.tongban.support.WebPage;

/**
 * R5.6, R16.2: automatic approval (秒批) of the demo matters. When every rule of the
 * version holds, the platform grants without a person, with the actor 系统, and explains
 * each rule: what it checked, which source answered and when, the outcome and the value
 * read, a personal one masked. A rule that fails, or a source that does not answer, sends
 * the case to the human queue with the same explanation; the platform never refuses. The
 * applicant may ask a person to review an automatic grant's conditions.
 */
@IdentityTest
class AutomaticApprovalTests {

	static final String PROJECT_FILING = "FGW-QYTZXMBA";

	static final String MEDICAL_FILING = "YBJ-YDJYBA";

	static final String PENSION_CHECK = "RSJ-YLDYZGRZ";

	/**
	 * D市星海贸易（集团）有限公司: a limited liability company the demo legal-person registry holds as
	 * active, whose account no other test opens.
	 */
	static final UnifiedSocialCreditCode TRADING_COMPANY = UnifiedSocialCreditCode.parse("91210200MA0P4T9C6T");

	/** 马玉兰 of the demo population registry: born in 1958, her household in order. */
	static final String RETIREE_ID = "210203195803290446";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Drafts drafts;

	@Autowired
	Submissions submissions;

	@Autowired
	FoodLicenceApplications food;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	CaseFixtures cases;

	@Autowired
	CaseWork work;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("R5.6, R16.2: a project filing within every rule is granted by the platform, each rule explained with its source and time")
	void aProjectFilingWithinEveryRuleIsGrantedAutomatically() {
		String number = submit(tradingCompany(), PROJECT_FILING, projectFiling("3000"), "M01", "M03");

		Application granted = awaitEnded(number);

		assertThat(granted.status()).isEqualTo(ApplicationStatus.GRANTED);
		await().atMost(Duration.ofSeconds(30))
			.alias("the decision follows the grant's commit")
			.untilAsserted(
					() -> assertThat(caseFiles.get(granted.id()).documents()).extracting(document -> document.kind())
						.contains("ACCEPTANCE_NOTICE", "GRANT_DECISION"));
		RuleExplanation check = caseFiles.automaticCheck(granted.id()).orElseThrow();
		assertThat(check.outcomes())
			.extracting(RuleOutcome::code, RuleOutcome::source, RuleOutcome::element, RuleOutcome::verdict,
					RuleOutcome::shownValue)
			.containsExactly(tuple("R1", LEGAL_PERSON_REGISTRY, "DE0110", HOLDS, "ACTIVE"),
					tuple("R2", LEGAL_PERSON_REGISTRY, "DE0111", HOLDS, "LIMITED_LIABILITY_COMPANY"),
					tuple("R3", CREDIT_REGISTER, "DE0601", HOLDS, null),
					tuple("R4", FORM, "totalInvestment", HOLDS, "3000"));
		assertThat(check.outcomes()).allSatisfy(outcome -> {
			assertThat(outcome.description().zh()).as("what it checked").isNotBlank();
			assertThat(outcome.answeredAt()).as("when its source answered").isNotNull();
		});
		CaseView decided = work.open(cases.staff(Role.APPROVER, "FGW"), number);
		assertThat(decided.automaticCheck()).isEqualTo(check);
		assertThat(decided.history()).anySatisfy(entry -> {
			assertThat(entry.actorName()).isEqualTo("系统");
			assertThat(entry.action()).isEqualTo("AUTOMATIC_GRANT");
			assertThat(entry.outcome()).isEqualTo("GRANT");
			assertThat(entry.opinion()).contains("R1 企业在法人库中的登记状态为存续", "R4 项目总投资额在本机关备案权限内", "《企业投资项目核准和备案管理条例》");
		});
		assertThat(registryReads(number)).contains("LEGAL_PERSON approval:automatic-approval",
				"CREDIT approval:automatic-approval");
	}

	@Test
	@DisplayName("R5.6, R16.2, R12.1: a medical care filing is granted automatically, the household status read from the population registry masked")
	void aMedicalCareFilingIsGrantedAutomaticallyWithPersonalValuesMasked() {
		Actor retiree = retiree();
		String number = submit(retiree, MEDICAL_FILING, Map.of("insuranceType", "EMPLOYEE", "byAgent", "NO",
				"filingType", "LONG_TERM_RESIDENT", "province", "11", "city", "北京市", "startDate", "2026-12-01"), "M02");

		Application granted = awaitEnded(number);

		assertThat(granted.status()).isEqualTo(ApplicationStatus.GRANTED);
		assertThat(caseFiles.automaticCheck(granted.id()).orElseThrow().outcomes())
			.extracting(RuleOutcome::code, RuleOutcome::source, RuleOutcome::verdict, RuleOutcome::shownValue)
			.containsExactly(tuple("R1", POPULATION_REGISTRY, HOLDS, "***"),
					tuple("R2", FORM, HOLDS, "LONG_TERM_RESIDENT"), tuple("R3", FORM, HOLDS, "NO"),
					tuple("R4", CREDIT_REGISTER, HOLDS, null));
	}

	@Test
	@DisplayName("R5.6, R16.2, R12.1: a pension eligibility check is granted automatically; the applicant sees every rule on the page and in the API, her age masked")
	void aPensionCheckIsGrantedAutomaticallyAndExplainedToTheApplicant() {
		Actor retiree = retiree();
		String number = submit(retiree, PENSION_CHECK, Map.of("pensionType", "ENTERPRISE", "residence", "DOMESTIC",
				"homeAddress", "D市港城区长兴街5号1单元102室", "method", "FACE"), "M02", "M03");

		Application granted = awaitEnded(number);

		assertThat(granted.status()).isEqualTo(ApplicationStatus.GRANTED);
		assertThat(caseFiles.automaticCheck(granted.id()).orElseThrow().outcomes())
			.extracting(RuleOutcome::code, RuleOutcome::source, RuleOutcome::verdict, RuleOutcome::shownValue)
			.containsExactly(tuple("R1", POPULATION_REGISTRY, HOLDS, "***"),
					tuple("R2", APPLICANT_PROFILE, HOLDS, "***"), tuple("R3", FORM, HOLDS, "DOMESTIC"),
					tuple("R4", CREDIT_REGISTER, HOLDS, null));
		var visitor = new Visitor(mvc);
		visitor.logIn(RETIREE_ID, TestAccounts.PASSWORD);
		WebPage page = visitor.page("/my/applications/" + number);
		assertThat(page.text())
			.contains("秒批核验", "系统已自动准予", "申请人在人口库中的户籍状态正常", "人口基础信息库", "申请人已达领取基本养老金的最低年龄（50周岁）", "实名认证账户", "信用记录",
					"申请表", "符合", "申请人工复核")
			.doesNotContain("NORMAL", "68");
		var api = new ApplicantApi(mvc, ApplicantApi.logIn(mvc, RETIREE_ID, TestAccounts.PASSWORD),
				TestAccounts.clientAddress());
		var json = api.get("/api/v1/applications/" + number);
		assertThat(json).bodyJson().extractingPath("$.automaticCheck.granted").isEqualTo(true);
		assertThat(json).bodyJson()
			.extractingPath("$.automaticCheck.rules[*].sourceName")
			.isEqualTo(List.of("人口基础信息库", "实名认证账户", "申请表", "信用记录"));
		assertThat(json).bodyJson().extractingPath("$.automaticCheck.rules[1].value").isEqualTo("***");
	}

	@Test
	@DisplayName("R16.2: a rule that fails sends the case to the human queue with the explanation for the clerk; it is never refused")
	void aFailingRuleSendsTheCaseToAPersonNeverToARefusal() {
		String number = submit(tradingCompany(), PROJECT_FILING, projectFiling("8000"), "M01", "M03");

		CaseView queued = cases.awaitStep(number, "ACCEPTANCE", "FGW");

		assertThat(queued.application().status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(queued.automaticCheck().outcomes()).extracting(RuleOutcome::code, RuleOutcome::verdict)
			.containsExactly(tuple("R1", HOLDS), tuple("R2", HOLDS), tuple("R3", HOLDS), tuple("R4", FAILS));
		assertThat(queued.automaticCheck().outcomes().get(3).shownValue()).isEqualTo("8000");
		assertThat(queued.history()).anySatisfy(entry -> {
			assertThat(entry.actorName()).isEqualTo("系统");
			assertThat(entry.action()).isEqualTo("AUTOMATIC_TO_PERSON");
			assertThat(entry.opinion()).contains("R4 项目总投资额超出本机关自动备案范围，由工作人员审核（核验不通过）");
		});
		Actor clerk = cases.staff(Role.WINDOW_CLERK, "FGW");
		assertThat(work.queue(clerk, QueueFilter.ALL, CaseFixtures.WHOLE_QUEUE).items()).extracting(WorkItem::number)
			.contains(number);
		WebPage page = WebPage.of(mvc.get()
			.uri("/staff/cases/" + number)
			.with(authentication(new ActorAuthentication(clerk)))
			.exchange());
		assertThat(page.text()).contains("秒批核验", "转人工审批", "项目总投资额在本机关备案权限内（5000万元及以下）", "不符合，转人工", "法人单位基础信息库");
	}

	@Test
	@DisplayName("R16.2: when the legal-person registry does not answer, its rules stay unanswered and a person decides")
	void aRegistryThatDoesNotAnswerSendsTheCaseToAPerson() {
		Actor company = tradingCompany();
		UUID draft = draft(company, PROJECT_FILING, projectFiling("3000"), "M01", "M03");
		String number;
		// The registry's entry is broken (its sealed field cannot be opened), so that
		// reading it fails as a
		// registry that does not answer does; no DDL, which H2 would take with its other
		// tables' constraints.
		String sealed = jdbc.sql("select representative_id_sealed from exchange_legal_person where credit_code = :code")
			.param("code", TRADING_COMPANY.value())
			.query(String.class)
			.single();
		breakEntry("unreadable");
		try {
			number = submissions.submit(company, draft, UUID.randomUUID().toString()).number();
			cases.awaitStep(number, "ACCEPTANCE", "FGW");
		}
		finally {
			breakEntry(sealed);
		}

		CaseView queued = work.open(cases.staff(Role.REVIEWER, "FGW"), number);
		assertThat(queued.application().status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(queued.automaticCheck().outcomes())
			.extracting(RuleOutcome::code, RuleOutcome::verdict, RuleOutcome::answeredAt)
			.containsExactly(tuple("R1", UNANSWERED, null), tuple("R2", UNANSWERED, null),
					tuple("R3", HOLDS, queued.automaticCheck().outcomes().get(2).answeredAt()),
					tuple("R4", HOLDS, queued.automaticCheck().outcomes().get(3).answeredAt()));
		assertThat(queued.history())
			.anySatisfy(entry -> assertThat(entry.opinion()).contains("R1 企业登记状态不是存续，由工作人员审核（数据源未响应，无法核验）"));
	}

	private void breakEntry(String sealed) {
		jdbc.sql("update exchange_legal_person set representative_id_sealed = :sealed where credit_code = :code")
			.param("sealed", sealed)
			.param("code", TRADING_COMPANY.value())
			.update();
	}

	@Test
	@DisplayName("R16.2, R4.4: the applicant asks a person to review an automatic grant's conditions; the department reads it on the ended case")
	void theApplicantMayAskAPersonToReviewAnAutomaticGrant() {
		Actor company = tradingCompany();
		String granted = submit(company, PROJECT_FILING, projectFiling("2000"), "M01", "M03");
		awaitEnded(granted);
		var visitor = new Visitor(mvc);
		visitor.logIn(TRADING_COMPANY.value(), TestAccounts.PASSWORD);
		visitor.page("/my/applications/" + granted);

		var sent = visitor.post("/my/applications/" + granted + "/automatic-review", "reason", "我司注册资本已变更，请核实企业类型。");

		assertThat(sent).hasStatus3xxRedirection().hasRedirectedUrl("/my/applications/" + granted + "#messages");
		CaseView seen = work.open(cases.staff(Role.APPROVER, "FGW"), granted);
		assertThat(seen.application().messages()).anySatisfy(message -> {
			assertThat(message.sender()).isEqualTo("APPLICANT");
			assertThat(message.body()).startsWith("【申请人工复核秒批条件】").endsWith("我司注册资本已变更，请核实企业类型。");
		});
		assertThat(audited(granted, "application.automaticReview")).containsExactly("SUCCESS");

		var empty = visitor.post("/my/applications/" + granted + "/automatic-review", "reason", " ");
		assertThat(WebPage.of(empty).text()).contains("留言须为 1 至 2,000 个字");
		String byPerson = submit(company, PROJECT_FILING, projectFiling("9000"), "M01", "M03");
		cases.awaitStep(byPerson, "ACCEPTANCE", "FGW");
		var api = new ApplicantApi(mvc, ApplicantApi.logIn(mvc, TRADING_COMPANY.value(), TestAccounts.PASSWORD),
				TestAccounts.clientAddress());
		assertThat(api.post("/api/v1/applications/" + byPerson + "/automatic-review", Map.of("reason", "请复核")))
			.as("not granted automatically")
			.hasStatus(409);
		assertThat(api.post("/api/v1/applications/" + granted + "/automatic-review", Map.of("reason", "请再核实一次")))
			.hasStatus(201);
	}

	/** The trading company's account, opened by whichever test comes first. */
	private Actor tradingCompany() {
		synchronized (AutomaticApprovalTests.class) {
			if (!accounts.isRegistered(TRADING_COMPANY)) {
				TestAccounts.Person agent = new TestAccounts(accounts).person();
				return accounts.registerLegalPerson("D市星海贸易（集团）有限公司", TRADING_COMPANY, "陈静", agent.actor().id(),
						TestAccounts.PASSWORD);
			}
			UUID id = accounts.walkInEnterprise(TRADING_COMPANY, "D市星海贸易（集团）有限公司", "陈静").id();
			return accounts.actor(id).orElseThrow();
		}
	}

	private Actor retiree() {
		return new TestAccounts(accounts).registryPerson("马玉兰", RETIREE_ID, directory).actor();
	}

	private static Map<String, String> projectFiling(String totalInvestment) {
		return Map.of("projectName", "D市星海贸易物流仓储改造项目", "siteAddress", "D市港城区海关路21号", "industry", "G", "scale",
				"改造仓库两座，建筑面积约1.2万平方米", "totalInvestment", totalInvestment, "plannedStart", "2027-03-01", "contactName",
				"陈静", "contactMobile", "13912345678");
	}

	private String submit(Actor applicant, String matter, Map<String, String> answers, String... materials) {
		UUID draft = draft(applicant, matter, answers, materials);
		return submissions.submit(applicant, draft, UUID.randomUUID().toString()).number();
	}

	private UUID draft(Actor applicant, String matter, Map<String, String> answers, String... materials) {
		Application draft = drafts.start(applicant, matter);
		var given = new java.util.HashMap<String, List<String>>(draft.answers().values());
		answers.forEach((field, value) -> given.put(field, List.of(value)));
		drafts.save(applicant, draft.id(), given);
		for (String material : materials) {
			food.attachPdf(applicant, draft.id(), material, material + ".pdf");
		}
		return draft.id();
	}

	private Application awaitEnded(String number) {
		return await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> caseFiles.byNumber(number).orElseThrow(), application -> application.status().isFinal());
	}

	private List<String> registryReads(String number) {
		return jdbc.sql("select registry || ' ' || caller from exchange_access_log where case_reference = :number")
			.param("number", number)
			.query(String.class)
			.list();
	}

	private List<String> audited(String number, String action) {
		return jdbc
			.sql("select outcome from supervision_audit_record where action = :action and object_id = :number"
					+ " order by seq_no")
			.param("action", action)
			.param("number", number)
			.query(String.class)
			.list();
	}

}
