package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.AttachedMaterial;
import org.tongban.application.MyApplications;
import org.tongban.application.BundleApplication;
import org.tongban.application.BundleApplications;
import org.tongban.application.ConstructionBundles;
import org.tongban.application.Corrections;
import org.tongban.application.BundleFiles;
import org.tongban.application.BundleStatus;
import org.tongban.application.CorrectionItem;
import org.tongban.application.EnterpriseStartBundles;
import org.tongban.application.FoodLicenceApplications.Restaurant;
import org.tongban.application.SharedItemsCorrected;
import org.tongban.approval.bundles.BundleDesk;
import org.tongban.approval.bundles.BundleView;
import org.tongban.approval.processes.DeployedProcess;
import org.tongban.approval.processes.ProcessModels;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.LogInMethod;
import org.tongban.notification.outbox.InAppMessage;
import org.tongban.notification.outbox.Outbox;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.Visitor;
import org.tongban.identity.login.ApiTokens;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.identity.Role;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.RefusedException;
import org.tongban.storage.SampleFiles;
import org.tongban.supervision.CaseClock;
import org.tongban.supervision.CaseClocks;
import org.tongban.support.AuditProbe;
import org.tongban.support.TestClock;
import org.tongban.support.WebPage;

import com.jayway.jsonpath.JsonPath;

/**
 * Parallel approval of a bundle in stages (R5.2) on its own BPMN model: 企业开办一件事 runs
 * business registration (SCJGJ) first, then tax (SWJ), social insurance (RSJ) and seals
 * (GAJ) in parallel, each member a case of its own at its department on its matter's
 * process, worked on by that department's staff; the bundle has its own joint clock of 45
 * working days, or its committed limit where shorter, extendable once by 15 (R15.3); one
 * member's return to the applicant loses nothing of the others (R16.4).
 */
@IdentityTest
class BundleStagesTests {

	static final String SCJGJ = "SCJGJ";

	static final String REGISTRATION = "SCJGJ-QYSLDJ";

	/** The second stage: tax, social insurance, seals, by department. */
	static final Map<String, String> SECOND_STAGE = Map.of("SWJ-XBNSRSX", "SWJ", "RSJ-DWSBDJ", "RSJ", "GAJ-YZKZBA",
			"GAJ");

	@Autowired
	CaseFixtures cases;

	@Autowired
	ConstructionBundles construction;

	@Autowired
	Corrections corrections;

	@Autowired
	Outbox outbox;

	@Autowired
	ApplicationMaterials materials;

	@Autowired
	MyApplications myApplications;

	@Autowired
	CaseWork work;

	@Autowired
	EnterpriseStartBundles enterpriseStart;

	@Autowired
	BundleApplications applications;

	@Autowired
	BundleFiles bundles;

	@Autowired
	BundleDesk desk;

	@Autowired
	CaseClocks clocks;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	ApiTokens tokens;

	@Autowired
	RuntimeService runtime;

	@Autowired
	RepositoryService repository;

	@Autowired
	ProcessModels processModels;

	@AfterEach
	void resetTheClock() {
		clock.reset();
	}

	@Test
	@DisplayName("R5.2, R15.3: 企业开办 runs registration, then tax, social insurance and seals in parallel, each "
			+ "decided by its own department, and ends within a working day on a joint clock")
	void anEnterpriseIsStartedInOneGo() {
		Bundle bundle = submitted();
		BundleApplication.Member registration = awaitMember(bundle, REGISTRATION, ApplicationStatus.SUBMITTED);
		assertThat(members(bundle).stream().filter(member -> member.stage() == 2))
			.allSatisfy(member -> assertThat(member.status()).isEqualTo(ApplicationStatus.WAITING));

		CaseClock bundleClock = clocks.of(bundle.id()).orElseThrow();
		assertThat(bundleClock.joint()).isTrue();
		assertThat(bundleClock.statutoryLimitDays()).isEqualTo(45);
		assertThat(bundleClock.committedLimitDays()).as("the bundle's committed limit, shorter than 45").isEqualTo(2);
		cases.awaitStep(registration.number(), "ACCEPTANCE", SCJGJ);
		assertThat(clocks.of(registration.applicationId()).orElseThrow().joint()).as("a member is handled jointly")
			.isTrue();

		grant(registration.number(), SCJGJ);
		for (var matter : SECOND_STAGE.entrySet()) {
			BundleApplication.Member member = awaitMember(bundle, matter.getKey(), ApplicationStatus.SUBMITTED);
			cases.awaitStep(member.number(), "ACCEPTANCE", matter.getValue());
			assertThat(clocks.of(member.applicationId()).orElseThrow().joint()).isTrue();
		}
		for (var matter : SECOND_STAGE.entrySet()) {
			grant(member(bundle, matter.getKey()).number(), matter.getValue());
		}

		awaitBundle(bundle, BundleStatus.FINISHED);
		assertThat(members(bundle)).extracting(BundleApplication.Member::status)
			.containsOnly(ApplicationStatus.GRANTED);
		CaseClock stopped = clocks.of(bundle.id()).orElseThrow();
		assertThat(stopped.isStopped()).isTrue();
		assertThat(Duration.between(stopped.receivedAt(), stopped.stoppedAt())).isLessThan(Duration.ofDays(1));
		assertThat(stopped.usedDays()).as("no working day of the clock used up").isZero();
	}

	@Test
	@DisplayName("R5.2: registration denied stops tax, social insurance and seals, naming the member not granted")
	void aDeniedFirstStageStopsTheLaterStages() {
		Bundle bundle = submitted();
		BundleApplication.Member registration = awaitMember(bundle, REGISTRATION, ApplicationStatus.SUBMITTED);

		decide(registration.number(), SCJGJ, Decision.DENY);

		awaitBundle(bundle, BundleStatus.FINISHED);
		assertThat(member(bundle, REGISTRATION).status()).isEqualTo(ApplicationStatus.DENIED);
		for (String matter : SECOND_STAGE.keySet()) {
			BundleApplication.Member stopped = member(bundle, matter);
			assertThat(stopped.status()).isEqualTo(ApplicationStatus.STOPPED);
			assertThat(applications.stoppedBecause(bundle.applicant(), stopped.applicationId()))
				.contains(registration.number());
			assertThat(clocks.of(stopped.applicationId())).as("a stopped member never had a case").isEmpty();
		}
		assertThat(clocks.of(bundle.id()).orElseThrow().isStopped()).isTrue();
		assertThat(outbox.messages(bundle.applicant().id()))
			.filteredOn(message -> message.link().equals("/my/bundles/" + bundle.number()))
			.singleElement()
			.satisfies(told -> assertThat(told.text()).as("which were granted, which not, and what became of each")
				.contains(bundle.number(), "准予：—", "企业设立登记（不予行政许可）", "新办纳税人涉税事项（信息确认及发票领用）（因前一阶段未获准予而未启动）"));
	}

	@Test
	@DisplayName("R5.2, R16.4: in 工程建设, the planning permit of the second stage goes back to the applicant from its "
			+ "review while the seismic and energy reviews finish; the corrected power of attorney, which all three "
			+ "use, reaches the other two and their departments are told; no opinion is lost and the construction "
			+ "permit starts only once the planning permit is granted")
	void aConstructionMemberGoesBackToTheApplicantWhileTheOtherTwoFinish() {
		Restaurant developer = construction.developer();
		Actor applicant = developer.enterprise();
		BundleApplication draft = construction.completeDraft(developer);
		AttachedMaterial unsealed = enterpriseStart.attachPdf(applicant, draft.id(), ConstructionBundles.AUTHORIZATION);
		String number = applications.submit(applicant, draft.id(), UUID.randomUUID().toString()).number();
		Bundle bundle = new Bundle(applicant, draft.id(), number);
		grant(awaitMember(bundle, "FGW-QYTZXMBA", ApplicationStatus.SUBMITTED).number(), "FGW");
		grant(awaitMember(bundle, "ZRZYGHJ-JSYDGHXK", ApplicationStatus.SUBMITTED).number(), "ZRZYGHJ");
		Map<String, String> others = Map.of("ZJJ-CXGCKZSP", "ZJJ", "FGW-GDZCJNSC", "FGW");
		others.forEach((matter, department) -> {
			String other = awaitMember(bundle, matter, ApplicationStatus.SUBMITTED).number();
			cases.awaitStep(other, "ACCEPTANCE", department);
			work.accept(cases.staff(Role.WINDOW_CLERK, department), other, null);
		});

		BundleApplication.Member planning = awaitMember(bundle, "ZRZYGHJ-JSGCGHXK", ApplicationStatus.SUBMITTED);
		cases.awaitStep(planning.number(), "ACCEPTANCE", "ZRZYGHJ");
		work.accept(cases.staff(Role.WINDOW_CLERK, "ZRZYGHJ"), planning.number(), "材料齐全，予以受理。");
		work.requestCorrection(cases.staff(Role.REVIEWER, "ZRZYGHJ"), planning.number(),
				List.of(new CorrectionItem(CorrectionItem.Kind.FIELD, "plotRatio", "容积率超过规划条件2.5。"),
						new CorrectionItem(CorrectionItem.Kind.MATERIAL, "M06", "授权委托书未加盖公章。")),
				null);
		corrections.correct(applicant, planning.number(), Map.of("plotRatio", List.of("2.5")));
		materials.detach(applicant, planning.applicationId(), unsealed.attachmentId());
		AttachedMaterial sealed = materials.attach(applicant, planning.applicationId(), "M06", "sealed.pdf",
				new ByteArrayInputStream(SampleFiles.pdf("sealed " + planning.number())));
		corrections.resubmit(applicant, planning.number(), false);

		others.forEach((matter, department) -> {
			String other = member(bundle, matter).number();
			assertThat(myApplications.byNumber(applicant, other).materials("M05"))
				.as("the corrected power of attorney reaches %s", matter)
				.extracting(AttachedMaterial::attachmentId)
				.containsExactly(sealed.attachmentId());
			Actor reviewer = cases.staff(Role.REVIEWER, department);
			await().atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> work.open(reviewer, other).history(),
						history -> history.stream().anyMatch(entry -> entry.action().equals("SHARED_ITEMS_CORRECTED")));
			work.review(reviewer, other, ReviewOutcome.APPROVE, "符合条件。");
			work.decide(cases.staff(Role.APPROVER, department), other, Decision.GRANT, "符合条件，准予。",
					"《中华人民共和国行政许可法》第三十八条");
		});
		assertThat(myApplications.byNumber(applicant, member(bundle, "FGW-QYTZXMBA").number()).materials("M04"))
			.as("a decided member keeps what it decided on")
			.extracting(AttachedMaterial::attachmentId)
			.containsExactly(unsealed.attachmentId());
		assertThat(member(bundle, "ZJJ-JZGCSGXK").status()).as("the third stage waits for the planning permit")
			.isEqualTo(ApplicationStatus.WAITING);

		cases.awaitStep(planning.number(), "REVIEW", "ZRZYGHJ");
		work.review(cases.staff(Role.REVIEWER, "ZRZYGHJ"), planning.number(), ReviewOutcome.APPROVE, "容积率已符合规划条件。");
		work.decide(cases.staff(Role.APPROVER, "ZRZYGHJ"), planning.number(), Decision.GRANT, "符合规划条件，准予。",
				"《中华人民共和国城乡规划法》第四十条");

		awaitMember(bundle, "ZJJ-JZGCSGXK", ApplicationStatus.SUBMITTED);
		CaseView corrected = work.open(cases.staff(Role.APPROVER, "ZRZYGHJ"), planning.number());
		assertThat(corrected.history()).extracting(CaseView.HistoryEntry::action)
			.containsSubsequence("ACCEPT", "REQUEST_CORRECTION", "CORRECTED", "REVIEW", "DECIDE");
		assertThat(corrected.history()).filteredOn(entry -> entry.action().equals("ACCEPT"))
			.extracting(CaseView.HistoryEntry::opinion)
			.containsExactly("材料齐全，予以受理。");
		others.forEach((matter, department) -> {
			CaseView decided = work.open(cases.staff(Role.APPROVER, department), member(bundle, matter).number());
			assertThat(decided.application().status()).isEqualTo(ApplicationStatus.GRANTED);
			assertThat(decided.history()).filteredOn(entry -> entry.action().equals("REVIEW"))
				.extracting(CaseView.HistoryEntry::opinion)
				.containsExactly("符合条件。");
		});
		assertThat(member(bundle, "ZJJ-JGYSBA").status()).isEqualTo(ApplicationStatus.WAITING);
	}

	@Test
	@DisplayName("R5.2: the three members of the second stage decided at the same moment all count")
	void membersOfOneStageDecidedAtTheSameMomentAllCount() throws Exception {
		Bundle bundle = submitted();
		grant(awaitMember(bundle, REGISTRATION, ApplicationStatus.SUBMITTED).number(), SCJGJ);
		Map<String, Actor> approvers = SECOND_STAGE.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, matter -> {
				String number = awaitMember(bundle, matter.getKey(), ApplicationStatus.SUBMITTED).number();
				cases.awaitStep(number, "ACCEPTANCE", matter.getValue());
				work.accept(cases.staff(Role.WINDOW_CLERK, matter.getValue()), number, null);
				work.review(cases.staff(Role.REVIEWER, matter.getValue()), number, ReviewOutcome.APPROVE, "符合条件。");
				return cases.staff(Role.APPROVER, matter.getValue());
			}));

		ExecutorService pool = Executors.newFixedThreadPool(approvers.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<CaseView>> decided = approvers.entrySet().stream().map(approver -> pool.submit(() -> {
				start.await();
				return work.decide(approver.getValue(), member(bundle, approver.getKey()).number(), Decision.GRANT,
						"符合条件，准予。", "《中华人民共和国行政许可法》第三十八条");
			})).toList();
			start.countDown();
			for (Future<CaseView> done : decided) {
				assertThat(done.get(60, TimeUnit.SECONDS).application().status()).isEqualTo(ApplicationStatus.GRANTED);
			}
		}
		finally {
			pool.shutdownNow();
		}

		awaitBundle(bundle, BundleStatus.FINISHED);
		assertThat(members(bundle)).extracting(BundleApplication.Member::status)
			.containsOnly(ApplicationStatus.GRANTED);
	}

	@Test
	@DisplayName("R16.4: social insurance goes back to the applicant for a correction while tax and seals finish, "
			+ "with no opinion of theirs lost and only its own clock paused")
	void aCorrectionOfOneMemberLeavesTheOthersWorking() {
		Bundle bundle = submitted();
		grant(awaitMember(bundle, REGISTRATION, ApplicationStatus.SUBMITTED).number(), SCJGJ);
		BundleApplication.Member insurance = awaitMember(bundle, "RSJ-DWSBDJ", ApplicationStatus.SUBMITTED);
		cases.awaitStep(insurance.number(), "ACCEPTANCE", "RSJ");

		work.requestCorrection(cases.staff(Role.WINDOW_CLERK, "RSJ"), insurance.number(),
				List.of(new CorrectionItem(CorrectionItem.Kind.FIELD, "employeeCount", "请填写参保职工人数。")), null);
		assertThat(clocks.of(insurance.applicationId()).orElseThrow().isPaused()).isTrue();

		for (String matter : List.of("SWJ-XBNSRSX", "GAJ-YZKZBA")) {
			BundleApplication.Member member = awaitMember(bundle, matter, ApplicationStatus.SUBMITTED);
			assertThat(clocks.of(member.applicationId()).orElseThrow().isPaused()).as("not paused by another's")
				.isFalse();
			grant(member.number(), SECOND_STAGE.get(matter));
		}

		assertThat(clocks.of(bundle.id()).orElseThrow().isPaused()).isFalse();
		assertThat(bundle(bundle).status()).as("the stage waits for social insurance")
			.isEqualTo(BundleStatus.SUBMITTED);
		for (String matter : List.of("SWJ-XBNSRSX", "GAJ-YZKZBA")) {
			String department = SECOND_STAGE.get(matter);
			CaseView decided = work.open(cases.staff(Role.APPROVER, department), member(bundle, matter).number());
			assertThat(decided.application().status()).isEqualTo(ApplicationStatus.GRANTED);
			assertThat(decided.history()).extracting(CaseView.HistoryEntry::action)
				.contains("ACCEPT", "REVIEW", "DECIDE");
			assertThat(decided.history()).filteredOn(entry -> entry.action().equals("REVIEW"))
				.extracting(CaseView.HistoryEntry::opinion)
				.containsExactly("符合条件。");
		}
		assertThat(member(bundle, "RSJ-DWSBDJ").status()).isEqualTo(ApplicationStatus.CORRECTION_REQUESTED);
	}

	@Test
	@DisplayName("R15.3: received in January, the bundle's 45 working days run across the 2026 Spring Festival")
	void theJointLimitCountsAcrossTheSpringFestival() {
		clock.set(LocalDateTime.of(2026, 1, 20, 10, 0));
		Bundle bundle = submitted();

		CaseClock joint = awaitClock(bundle);
		assertThat(joint.startsOn()).isEqualTo("2026-01-21");
		assertThat(joint.dueOn()).as("the committed 2 working days").isEqualTo("2026-01-22");
		assertThat(joint.statutoryDueOn()).as("45 working days, 春节 15 to 23 February off, 14 and 28 February worked")
			.isEqualTo("2026-03-30");
	}

	@Test
	@DisplayName("R15.3: received in September, the lead department extends the bundle's 45 working days once by 15 "
			+ "across National Day, and the applicant is told why")
	void theLeadDepartmentExtendsTheJointLimitOnceAcrossNationalDay() {
		clock.set(LocalDateTime.of(2026, 9, 10, 10, 0));
		Bundle bundle = submitted();
		CaseClock joint = awaitClock(bundle);
		assertThat(joint.statutoryDueOn()).as("45 working days, 中秋 and 国庆 off, 20 September and 10 October worked")
			.isEqualTo("2026-11-18");

		Actor reviewer = cases.staff(Role.REVIEWER, SCJGJ);
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> desk.extend(reviewer, bundle.number(), "材料需要多部门会商。"))
			.satisfies(refused -> assertThat(refused.messageCode()).isEqualTo("approval.bundle.extend.approverOnly"));
		Actor approver = cases.staff(Role.APPROVER, SCJGJ);
		BundleView extended = desk.extend(approver, bundle.number(), "材料需要多部门会商。");
		assertThat(extended.clock().extension().days()).isEqualTo(15);
		assertThat(extended.clock().statutoryDueOn()).as("60 working days").isEqualTo("2026-12-09");
		assertThat(extended.clock().dueOn()).as("the committed 2 working days and 15").isEqualTo("2026-10-10");
		assertThat(applications.messages(bundle.applicant(), bundle.id())).singleElement()
			.satisfies(message -> assertThat(message.body()).contains("15", "材料需要多部门会商。"));
		assertThat(outbox.messages(bundle.applicant().id())).extracting(InAppMessage::link)
			.as("the applicant is told")
			.contains("/my/bundles/" + bundle.number());
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> desk.extend(approver, bundle.number(), "再延长。"))
			.satisfies(refused -> assertThat(refused.messageCode()).isEqualTo("approval.bundle.extend.once"));
		assertThat(new AuditProbe(jdbc).of("bundle", bundle.number()))
			.filteredOn(row -> row.action().equals("bundle.extend"))
			.extracting(row -> row.outcome() + " " + row.actor())
			.containsExactlyInAnyOrder("FAILURE " + reviewer.id(), "SUCCESS " + approver.id(),
					"FAILURE " + approver.id());
		assertThat(jdbc.sql("""
				select action from supervision_audit_record
				where object_type = 'bundle' and object_id = :number and actor_role = 'PLATFORM'""")
			.param("number", bundle.number())
			.query(String.class)
			.list()).as("the platform's actions on it").contains("bundle.start", "bundle.open");
	}

	@Test
	@DisplayName("R5.2: the lead department sees every member with its department, stage, state and deadline; "
			+ "a member's department sees its own case only, with a note of the bundle")
	void theLeadDepartmentSeesTheWholeBundle() {
		Bundle bundle = submitted();
		BundleApplication.Member registration = awaitMember(bundle, REGISTRATION, ApplicationStatus.SUBMITTED);
		cases.awaitStep(registration.number(), "ACCEPTANCE", SCJGJ);

		BundleView seen = desk.open(cases.staff(Role.WINDOW_CLERK, SCJGJ), bundle.number());
		assertThat(seen.members())
			.extracting(BundleView.Member::matterCode, BundleView.Member::departmentCode, BundleView.Member::stage)
			.containsExactlyInAnyOrder(tuple(REGISTRATION, SCJGJ, 1), tuple("SWJ-XBNSRSX", "SWJ", 2),
					tuple("RSJ-DWSBDJ", "RSJ", 2), tuple("GAJ-YZKZBA", "GAJ", 2));
		assertThat(seen.members()).filteredOn(member -> member.matterCode().equals(REGISTRATION))
			.singleElement()
			.satisfies(member -> assertThat(member.dueOn()).isNotNull());
		assertThat(seen.clock().joint()).isTrue();
		assertThat(desk.led(cases.staff(Role.APPROVER, SCJGJ))).extracting(BundleView::number)
			.contains(bundle.number());

		Actor tax = cases.staff(Role.APPROVER, "SWJ");
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> desk.open(tax, bundle.number()));
		assertThat(desk.led(tax)).extracting(BundleView::number).doesNotContain(bundle.number());
	}

	@Test
	@DisplayName("R16.4: a shared item corrected through social insurance is recorded on the tax case and told to "
			+ "its handlers; the tax case keeps its step and opinions")
	void aSharedItemCorrectedOnOneMemberIsToldToTheOthers() {
		Bundle bundle = submitted();
		grant(awaitMember(bundle, REGISTRATION, ApplicationStatus.SUBMITTED).number(), SCJGJ);
		BundleApplication.Member tax = awaitMember(bundle, "SWJ-XBNSRSX", ApplicationStatus.SUBMITTED);
		BundleApplication.Member insurance = awaitMember(bundle, "RSJ-DWSBDJ", ApplicationStatus.SUBMITTED);
		cases.awaitStep(tax.number(), "ACCEPTANCE", "SWJ");
		Actor taxClerk = cases.staff(Role.WINDOW_CLERK, "SWJ");
		work.accept(taxClerk, tax.number(), "材料齐全。");
		Actor taxReviewer = cases.staff(Role.REVIEWER, "SWJ");

		transactions.executeWithoutResult(status -> events
			.publishEvent(new SharedItemsCorrected(bundle.id(), insurance.applicationId(), insurance.number(),
					List.of(new CorrectionItem(CorrectionItem.Kind.FIELD, "enterpriseName", "名称与营业执照不一致。")),
					List.of(tax.applicationId()), clock.instant())));

		CaseView told = await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> work.open(taxReviewer, tax.number()),
					view -> view.history().stream().anyMatch(entry -> entry.action().equals("SHARED_ITEMS_CORRECTED")));
		assertThat(told.step()).isEqualTo("REVIEW");
		assertThat(told.history()).filteredOn(entry -> entry.action().equals("SHARED_ITEMS_CORRECTED"))
			.singleElement()
			.satisfies(entry -> assertThat(entry.opinion()).contains(insurance.number(), "纳税人名称"));
		assertThat(told.history()).filteredOn(entry -> entry.action().equals("ACCEPT"))
			.extracting(CaseView.HistoryEntry::opinion)
			.containsExactly("材料齐全。");
		assertThat(jdbc.sql("select account_id from notification_outbox where link = :link and kind = :kind")
			.param("link", "/staff/cases/" + tax.number())
			.param("kind", "SHARED_ITEMS_CORRECTED")
			.query(UUID.class)
			.list()).as("the reviewers who may take the review").contains(taxReviewer.id());
	}

	@Test
	@DisplayName("R5.2: the lead department's pages list the bundle and its members; another department's get 404; "
			+ "a message without text is refused at its field")
	void theLeadDepartmentsPages() {
		Bundle bundle = submitted();
		BundleApplication.Member registration = awaitMember(bundle, REGISTRATION, ApplicationStatus.SUBMITTED);
		cases.awaitStep(registration.number(), "ACCEPTANCE", SCJGJ);
		Visitor lead = visitor(DepartmentRole.of(Role.APPROVER, SCJGJ));
		String path = "/staff/bundles/" + bundle.number();

		assertThat(lead.page("/staff").html()).contains("href=\"/staff/bundles\"");
		assertThat(lead.page("/staff/cases/" + registration.number()).text())
			.contains("本办件是一件事 " + bundle.number() + " 的第 1 阶段成员事项");

		assertThat(lead.page("/staff/bundles").html()).contains("href=\"" + path + "\"");
		WebPage page = lead.page(path);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("企业开办一件事", "企业设立登记", "单位社会保险登记", "公章刻制备案", "市公安局", "联合办理法定 45 个工作日，承诺 2 个工作日",
				"延长一件事的办理期限");

		assertThat(lead.page(path + "/message").text()).contains("给申请人发消息");
		WebPage refused = WebPage.of(lead.post(path + "/message", "body", ""));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.text()).contains("请填写此项");
		assertThat(lead.post(path + "/message", "body", "营业执照已核发，请留意后续各部门的办理结果。")).hasRedirectedUrl(path);
		assertThat(applications.messages(bundle.applicant(), bundle.id())).extracting(message -> message.body())
			.contains("营业执照已核发，请留意后续各部门的办理结果。");

		Visitor other = visitor(DepartmentRole.of(Role.APPROVER, "SWJ"));
		assertThat(other.page(path).status()).isEqualTo(404);
		assertThat(other.page("/staff/bundles").html()).doesNotContain(path);
	}

	@Test
	@DisplayName("R3.5, R5.2: a bundle withdrawn while its first stage runs ends its stages and its clock; the "
			+ "waiting members never start")
	void aWithdrawnBundleEndsItsStagesAndClock() {
		Bundle bundle = submitted();
		BundleApplication.Member registration = awaitMember(bundle, REGISTRATION, ApplicationStatus.SUBMITTED);
		cases.awaitStep(registration.number(), "ACCEPTANCE", SCJGJ);

		applications.withdraw(bundle.applicant(), bundle.number());

		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> clocks.of(bundle.id()).orElseThrow().isStopped());
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(bundle.number()).count()).isZero();
		assertThat(member(bundle, REGISTRATION).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
		for (String matter : SECOND_STAGE.keySet()) {
			assertThat(member(bundle, matter).status()).isIn(ApplicationStatus.WAITING, ApplicationStatus.WITHDRAWN);
			assertThat(clocks.of(member(bundle, matter).applicationId())).isEmpty();
		}
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> desk.write(cases.staff(Role.APPROVER, SCJGJ), bundle.number(), "请补充材料。"))
			.satisfies(refused -> assertThat(refused.messageCode()).isEqualTo("approval.bundle.ended"));
	}

	@Test
	@DisplayName("R5.2, R14.3: the staff API gives the lead department the bundle with its members; another "
			+ "department's systems get 404")
	void theStaffApiGivesTheLeadDepartmentTheBundle() throws Exception {
		Bundle bundle = submitted();
		awaitMember(bundle, REGISTRATION, ApplicationStatus.SUBMITTED);

		MvcTestResult lead = api(cases.staff(Role.WINDOW_CLERK, SCJGJ), "/api/v1/staff/bundles/" + bundle.number());
		assertThat(lead).hasStatusOk();
		String json = lead.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(JsonPath.<List<String>>read(json, "$.members[*].matterCode")).containsExactlyInAnyOrder(REGISTRATION,
				"SWJ-XBNSRSX", "RSJ-DWSBDJ", "GAJ-YZKZBA");
		assertThat(JsonPath.<String>read(json, "$.leadDepartmentCode")).isEqualTo(SCJGJ);
		assertThat(api(cases.staff(Role.WINDOW_CLERK, "GAJ"), "/api/v1/staff/bundles/" + bundle.number()))
			.hasStatus(404);
	}

	@Test
	@DisplayName("R5.2, R5.1: a bundle under way keeps the version of its model when a new one is uploaded")
	void aBundleUnderWayKeepsItsModelVersion() throws Exception {
		Bundle bundle = submitted();
		BundleApplication.Member registration = awaitMember(bundle, REGISTRATION, ApplicationStatus.SUBMITTED);
		String startedOn = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(bundle.number())
			.singleResult()
			.getProcessDefinitionId();
		Actor admin = cases.staff(Role.SYSTEM_ADMIN, "ZWFWJ");
		DeployedProcess uploaded = processModels.deploy(EnterpriseStartBundles.BUNDLE, "qykb-v2.bpmn20.xml",
				new ClassPathResource("processes/bundles/bundle-YJS-QYKB.bpmn20.xml").getContentAsByteArray(), admin);
		try {
			grant(registration.number(), SCJGJ);
			for (String matter : SECOND_STAGE.keySet()) {
				awaitMember(bundle, matter, ApplicationStatus.SUBMITTED);
			}
			assertThat(runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(bundle.number())
				.singleResult()
				.getProcessDefinitionId()).isEqualTo(startedOn);
		}
		finally {
			repository.deleteDeployment(repository.createProcessDefinitionQuery()
				.processDefinitionKey(uploaded.key())
				.processDefinitionVersion(uploaded.version())
				.singleResult()
				.getDeploymentId(), true);
		}
	}

	private MvcTestResult api(Actor staff, String path) {
		return mvc.get()
			.uri(path)
			.header("Authorization", "Bearer " + tokens.issue(staff.id(), LogInMethod.PASSWORD).token())
			.with(call -> {
				call.setRemoteAddr(TestAccounts.clientAddress());
				return call;
			})
			.exchange();
	}

	private Visitor visitor(DepartmentRole role) {
		var enrolled = EnrolledStaff.create(accounts, secondFactor, clock, role);
		var visitor = new Visitor(mvc);
		visitor.logIn(enrolled);
		return visitor;
	}

	/** A 企业开办 bundle submitted by a fresh enterprise. */
	private Bundle submitted() {
		Restaurant enterprise = enterpriseStart.enterprise();
		BundleApplication draft = enterpriseStart.completeDraft(enterprise);
		String number = applications.submit(enterprise.enterprise(), draft.id(), UUID.randomUUID().toString()).number();
		return new Bundle(enterprise.enterprise(), draft.id(), number);
	}

	private void grant(String number, String department) {
		decide(number, department, Decision.GRANT);
	}

	private void decide(String number, String department, Decision decision) {
		cases.decideFromAcceptance(number, department, decision);
	}

	private BundleApplication bundle(Bundle bundle) {
		return bundles.get(bundle.id());
	}

	private List<BundleApplication.Member> members(Bundle bundle) {
		return bundle(bundle).members();
	}

	private BundleApplication.Member member(Bundle bundle, String matterCode) {
		return members(bundle).stream()
			.filter(member -> member.matterCode().equals(matterCode))
			.findFirst()
			.orElseThrow();
	}

	private BundleApplication.Member awaitMember(Bundle bundle, String matterCode, ApplicationStatus status) {
		return await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> member(bundle, matterCode), member -> member.status() == status);
	}

	private void awaitBundle(Bundle bundle, BundleStatus status) {
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> bundle(bundle).status(), Predicate.isEqual(status));
	}

	private CaseClock awaitClock(Bundle bundle) {
		return await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> clocks.of(bundle.id()), found -> found.isPresent())
			.orElseThrow();
	}

	record Bundle(Actor applicant, UUID id, String number) {
	}

}
