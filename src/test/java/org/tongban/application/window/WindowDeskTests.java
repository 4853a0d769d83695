package org.tongban.application.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongban.application.Application;
import org.tongban.application.ApplicationIncompleteException;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.ApplicationSummary;
import org.tongban.application.ApplicationTest;
import org.tongban.application.AttachedMaterial;
import org.tongban.application.Channel;
import org.tongban.application.CorrectionItem;
import org.tongban.application.CorrectionItem.Kind;
import org.tongban.application.Corrections;
import org.tongban.application.FoodLicenceApplications;
import org.tongban.application.FoodLicenceApplications.Restaurant;
import org.tongban.application.MyApplications;
import org.tongban.application.Receipt;
import org.tongban.approval.CaseView;
import org.tongban.approval.CaseWork;
import org.tongban.approval.QueueFilter;
import org.tongban.approval.WorkItem;
import org.tongban.exchange.registry.PersonRecord;
import org.tongban.exchange.registry.PersonStatus;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Paging;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;
import org.tongban.shared.RefusedException;
import org.tongban.storage.SampleFiles;
import org.tongban.support.AuditProbe;

/**
 * R4.5, R13.4: the integrated window registers a walk-in application for a person or an
 * enterprise identified against the base registries; the case goes to the matter's
 * department like an online one, with the channel WINDOW; the applicant finds it online
 * and continues there, never asked for the paper that was scanned.
 */
@ApplicationTest
class WindowDeskTests {

	/** 一般食品备案 of SCJGJ: for enterprises, a short form and no materials to upload. */
	static final String FOOD_FILING = "SCJGJ-YBZSPBA";

	@Autowired
	WindowDesk desk;

	@Autowired
	WalkInFixtures walkIns;

	@Autowired
	Accounts accounts;

	@Autowired
	MyApplications myApplications;

	@Autowired
	ApplicationMaterials materials;

	@Autowired
	Corrections corrections;

	@Autowired
	CaseWork work;

	@Autowired
	FoodLicenceApplications food;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("R4.5, R13.4: a walk-in person without an account registers at the window, then finds the application "
			+ "in /my and answers a correction online")
	void aWalkInPersonFindsTheApplicationOnlineAndAnswersACorrectionThere() {
		Actor clerk = walkIns.windowClerk();
		PersonRecord person = walkIns.person();

		Actor applicant = desk.identifyPerson(clerk, person.name(), person.id().value());
		Application draft = desk.start(clerk, applicant, WalkInFixtures.NURSE_REGISTRATION);
		// What the registry verified is filled in and is not the clerk's to change
		// (R1.6).
		assertThat(draft.answers().values("applicantName")).containsExactly(person.name());
		assertThat(draft.answers().values("idNumber")).containsExactly(person.id().value());
		assertThatThrownBy(() -> desk.save(clerk, draft.id(), Map.of("applicantName", List.of("别人"))))
			.isInstanceOf(ApplicationIncompleteException.class);
		desk.save(clerk, draft.id(), nurseAnswers());
		AttachedMaterial diploma = scanPdf(clerk, draft.id(), "M03");
		scanJpeg(clerk, draft.id(), "M05");
		assertThat(diploma.scannedAtWindow()).isTrue();
		Receipt receipt = desk.submit(clerk, draft.id(), UUID.randomUUID().toString());

		// The case is the department's, in its queue, made at the window.
		Actor wjwClerk = walkIns.accounts()
			.staff(TestAccounts.accountName(), DepartmentRole.of(Role.WINDOW_CLERK, "WJW"));
		CaseView arrived = awaitStep(receipt.number(), "ACCEPTANCE", "WJW");
		assertThat(arrived.application().channel()).isEqualTo(Channel.WINDOW);
		assertThat(arrived.application().departmentCode()).isEqualTo("WJW");
		assertThat(work.queue(wjwClerk, QueueFilter.ALL, new Paging(1, CaseWork.QUEUE_LIMIT)).items())
			.extracting(WorkItem::number)
			.contains(receipt.number());
		// The window clerk only registers: acceptance is another department's (R12.7).
		assertThatThrownBy(() -> work.accept(clerk, receipt.number(), null)).isInstanceOf(RuntimeException.class);

		// The person registers with the verified number and finds the application as
		// their own (R13.4).
		Actor registered = accounts.registerNaturalPerson(person.name(), person.id(), TestAccounts.mobile(),
				TestAccounts.PASSWORD);
		assertThat(registered.id()).isEqualTo(applicant.id());
		assertThat(myApplications.of(registered, new Paging(1, 20)).items()).extracting(ApplicationSummary::number)
			.containsExactly(receipt.number());
		assertThat(materials.mine(registered))
			.extracting(AttachedMaterial::materialCode, AttachedMaterial::scannedAtWindow)
			.containsExactlyInAnyOrder(tuple("M03", true), tuple("M05", true));

		// The department asks for one correction; the applicant answers online, the scans
		// stay theirs.
		work.requestCorrection(wjwClerk, receipt.number(),
				List.of(new CorrectionItem(Kind.FIELD, "institution", "请写明医疗机构的全称")), null);
		corrections.correct(registered, receipt.number(), Map.of("institution", List.of("D市中心医院（第一分院）")));
		Application resubmitted = corrections.resubmit(registered, receipt.number(), false);

		assertThat(resubmitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(resubmitted.channel()).isEqualTo(Channel.WINDOW);
		assertThat(resubmitted.materials("M03")).extracting(AttachedMaterial::attachmentId)
			.containsExactly(diploma.attachmentId());
		// Every action is the clerk's in the audit trail, the submission too (R8.4).
		var audit = new AuditProbe(jdbc);
		assertThat(audit.of("applicant", applicant.id())).extracting(AuditProbe.Row::summary)
			.contains(AuditProbe.Row.summary("window.identify", "SUCCESS", clerk.id()));
		assertThat(audit.of("application", draft.id())).extracting(AuditProbe.Row::summary)
			.contains(AuditProbe.Row.summary("window.start", "SUCCESS", clerk.id()),
					AuditProbe.Row.summary("window.answer", "SUCCESS", clerk.id()),
					AuditProbe.Row.summary("window.scan", "SUCCESS", clerk.id()));
		assertThat(audit.of("case", receipt.number())).extracting(AuditProbe.Row::summary)
			.contains(AuditProbe.Row.summary("application.submit", "SUCCESS", clerk.id()));
	}

	@Test
	@DisplayName("R4.5: an enterprise walks in; the application is its account's, seen by it online")
	void anEnterpriseWalkIn() {
		Actor clerk = walkIns.windowClerk();
		Restaurant restaurant = food.restaurant();
		walkIns.enterprise(restaurant.creditCode(), restaurant.agent().actor().name(), restaurant.agent().residentId());

		Actor applicant = desk.identifyEnterprise(clerk, restaurant.creditCode().value());
		assertThat(applicant.id()).isEqualTo(restaurant.enterprise().id());
		assertThat(applicant.kind()).isEqualTo(AccountKind.LEGAL_PERSON);
		Application draft = desk.start(clerk, applicant, FoodLicenceApplications.MATTER);
		desk.save(clerk, draft.id(), FoodLicenceApplications.answers(restaurant));
		scanPdf(clerk, draft.id(), "M04");
		scanPdf(clerk, draft.id(), "M05");
		Receipt receipt = desk.submit(clerk, draft.id(), UUID.randomUUID().toString());

		Application seen = myApplications.byNumber(restaurant.enterprise(), receipt.number());
		assertThat(seen.channel()).isEqualTo(Channel.WINDOW);
		assertThat(seen.materials()).allMatch(AttachedMaterial::scannedAtWindow);
		assertThat(awaitStep(receipt.number(), "ACCEPTANCE", "SCJGJ").application().channel())
			.isEqualTo(Channel.WINDOW);
		// Another clerk of the window does not find it.
		assertThatThrownBy(() -> desk.get(walkIns.windowClerk(), draft.id())).isInstanceOf(NotFoundException.class);
	}

	@Test
	@DisplayName("R4.5, R13.4: an enterprise without an account walks in; once registered, it sees the application")
	void anEnterpriseWithoutAnAccountFindsTheApplicationOnceRegistered() {
		Actor clerk = walkIns.windowClerk();
		TestAccounts.Person representative = walkIns.accounts().person();
		UnifiedSocialCreditCode code = TestAccounts.creditCode();
		walkIns.enterprise(code, representative.actor().name(), representative.residentId());

		Actor applicant = desk.identifyEnterprise(clerk, code.value());
		Application draft = desk.start(clerk, applicant, FOOD_FILING);
		assertThat(draft.applicantKind()).isEqualTo(AccountKind.LEGAL_PERSON);
		assertThat(draft.answers().values("uscc")).containsExactly(code.value());
		desk.save(clerk, draft.id(), Map.of("mobile", List.of(representative.mobile().value()), "premisesAddress",
				List.of("D市中心区人民路8号"), "coldChain", List.of("NO")));
		Receipt receipt = desk.submit(clerk, draft.id(), UUID.randomUUID().toString());

		Actor enterprise = accounts.registerLegalPerson(applicant.name(), code, representative.actor().name(),
				representative.actor().id(), TestAccounts.PASSWORD);
		assertThat(enterprise.id()).isEqualTo(applicant.id());
		assertThat(myApplications.byNumber(enterprise, receipt.number()).channel()).isEqualTo(Channel.WINDOW);
	}

	@Test
	@DisplayName("R4.5, R12.7: who registered an application at the window does not accept it, whatever roles they hold")
	void whoRegisteredItAtTheWindowDoesNotAcceptIt() {
		Actor clerkOfBoth = walkIns.accounts()
			.staff(TestAccounts.accountName(), DepartmentRole.INTEGRATED_WINDOW,
					DepartmentRole.of(Role.WINDOW_CLERK, "SCJGJ"));
		TestAccounts.Person representative = walkIns.accounts().person();
		UnifiedSocialCreditCode code = TestAccounts.creditCode();
		walkIns.enterprise(code, representative.actor().name(), representative.residentId());
		Application draft = desk.start(clerkOfBoth, desk.identifyEnterprise(clerkOfBoth, code.value()), FOOD_FILING);
		desk.save(clerkOfBoth, draft.id(), Map.of("mobile", List.of(representative.mobile().value()), "premisesAddress",
				List.of("D市中心区人民路8号"), "coldChain", List.of("NO")));
		String number = desk.submit(clerkOfBoth, draft.id(), UUID.randomUUID().toString()).number();
		CaseView arrived = awaitStep(number, "ACCEPTANCE", "SCJGJ");

		assertThat(arrived.history()).extracting(CaseView.HistoryEntry::action).contains("REGISTERED_AT_WINDOW");
		assertThat(work.queue(clerkOfBoth, QueueFilter.ALL, new Paging(1, CaseWork.QUEUE_LIMIT)).items())
			.extracting(WorkItem::number)
			.doesNotContain(number);
		assertThat(refusal(() -> work.accept(clerkOfBoth, number, null)))
			.isEqualTo("CONFLICT approval.step.separationOfDuties");
		Actor departmentClerk = walkIns.accounts()
			.staff(TestAccounts.accountName(), DepartmentRole.of(Role.WINDOW_CLERK, "SCJGJ"));
		assertThat(work.accept(departmentClerk, number, "材料齐全，予以受理。").application().status())
			.isEqualTo(ApplicationStatus.ACCEPTED);
	}

	@Test
	@DisplayName("R4.5: refused at the window, each with a clear message: unknown ID, bad check digit, a deceased "
			+ "person, the clerk's own ID, a clerk of another department, a non-clerk")
	void refusals() {
		Actor clerk = walkIns.windowClerk();
		PersonRecord person = walkIns.person();
		String valid = TestAccounts.residentId().value();
		String badCheckDigit = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');

		assertThat(new AuditProbe(jdbc).during("applicant", WindowDesk.UNIDENTIFIED,
				() -> assertThat(refusedField(() -> desk.identifyPerson(clerk, "无名", valid)))
					.isEqualTo("residentId window.identify.person.NOT_FOUND")))
			.extracting(AuditProbe.Row::summary)
			.contains(AuditProbe.Row.summary("window.identify", "FAILURE", clerk.id()));
		assertThat(refusedField(() -> desk.identifyPerson(clerk, person.name(), badCheckDigit)))
			.isEqualTo("residentId identifier.residentId.checkCharacter");
		assertThat(refusedField(() -> desk.identifyPerson(clerk, "别人", person.id().value())))
			.isEqualTo("residentId window.identify.person.NAME_MISMATCH");
		PersonRecord deceased = walkIns.person(PersonStatus.DECEASED);
		assertThat(refusedField(() -> desk.identifyPerson(clerk, deceased.name(), deceased.id().value())))
			.isEqualTo("residentId window.identify.person.DECEASED");
		assertThat(refusedField(() -> desk.identifyPerson(clerk, " ", person.id().value())))
			.isEqualTo("name window.identify.name.missing");
		assertThat(refusedField(() -> desk.identifyEnterprise(clerk, TestAccounts.creditCode().value())))
			.isEqualTo("creditCode window.identify.enterprise.NOT_FOUND");

		// The clerk is the person: their own account was verified with the clerk's
		// mobile.
		PersonRecord clerkAsPerson = walkIns.person();
		TestAccounts.Person own = new TestAccounts.Person(accounts.registerNaturalPerson(clerkAsPerson.name(),
				clerkAsPerson.id(), TestAccounts.mobile(), TestAccounts.PASSWORD), clerkAsPerson.id(), null);
		Actor sameClerk = accounts.createStaff(TestAccounts.accountName(), clerkAsPerson.name(), "ZWFWJ",
				accounts.particulars(own.actor().id()).mobile(), TestAccounts.PASSWORD,
				List.of(DepartmentRole.INTEGRATED_WINDOW));
		assertThat(refusal(() -> desk.identifyPerson(sameClerk, clerkAsPerson.name(), clerkAsPerson.id().value())))
			.isEqualTo("FORBIDDEN window.identify.own");

		Actor departmentClerk = walkIns.accounts()
			.staff(TestAccounts.accountName(), DepartmentRole.of(Role.WINDOW_CLERK, "SCJGJ"));
		Actor supervisor = walkIns.accounts()
			.staff(TestAccounts.accountName(), DepartmentRole.of(Role.SUPERVISOR, "ZWFWJ"));
		for (Actor notOfTheWindow : List.of(departmentClerk, supervisor, food.restaurant().enterprise())) {
			assertThat(refusal(() -> desk.identifyPerson(notOfTheWindow, person.name(), person.id().value())))
				.isEqualTo("FORBIDDEN window.clerksOnly");
		}
	}

	@Test
	@DisplayName("R13.4: a scan is a PDF or an image")
	void aScanIsAPdfOrAnImage() {
		Actor clerk = walkIns.windowClerk();
		PersonRecord person = walkIns.person();
		Application draft = desk.start(clerk, desk.identifyPerson(clerk, person.name(), person.id().value()),
				WalkInFixtures.NURSE_REGISTRATION);

		assertThat(refusedField(
				() -> desk.scan(clerk, draft.id(), "M03", "diploma.ofd", new ByteArrayInputStream(SampleFiles.ofd()))))
			.isEqualTo("file application.material.scanType");
	}

	@Test
	@DisplayName("R16.6: a person under the pension age is stopped at the window's check with the reason and its source, and the submission is refused")
	void anIneligiblePersonIsStoppedAtTheWindowBeforeSubmission() {
		Actor clerk = walkIns.windowClerk();
		// 孙浩然, born 2005: 21 on the demo day.
		Actor applicant = desk.identifyPerson(clerk, "孙浩然", "210211200501180915");
		Application draft = desk.start(clerk, applicant, "RSJ-YLDYZGRZ");
		desk.save(clerk, draft.id(), Map.of("pensionType", List.of("ENTERPRISE"), "residence", List.of("DOMESTIC"),
				"homeAddress", List.of("D市高新区软件园路8号5号楼1202室"), "method", List.of("FACE")));
		scanPdf(clerk, draft.id(), "M02");
		scanPdf(clerk, draft.id(), "M03");

		assertThat(desk.check(clerk, draft.id()).stops()).as("the form's own stops").isEmpty();
		assertThat(desk.checkBeforeSubmission(clerk, draft.id()).stops()).singleElement()
			.satisfies(stop -> assertThat(stop.code()).isEqualTo("application.eligibility.stop"));
		assertThatThrownBy(() -> desk.submit(clerk, draft.id(), UUID.randomUUID().toString())).isInstanceOfSatisfying(
				ApplicationIncompleteException.class, refused -> assertThat(refused.check().stops()).hasSize(1));
		assertThat(desk.get(clerk, draft.id()).isDraft()).isTrue();
	}

	private AttachedMaterial scanPdf(Actor clerk, UUID draft, String material) {
		return desk.scan(clerk, draft, material, material + ".pdf",
				new ByteArrayInputStream(SampleFiles.pdf(material + " of " + draft)));
	}

	private AttachedMaterial scanJpeg(Actor clerk, UUID draft, String material) {
		return desk.scan(clerk, draft, material, material + ".jpg", new ByteArrayInputStream(SampleFiles.jpeg(40, 30)));
	}

	static Map<String, List<String>> nurseAnswers() {
		return Map.of("mobile", List.of(TestAccounts.mobile().value()), "education", List.of("BACHELOR"), "school",
				List.of("D市医科大学"), "graduationDate", List.of("2024-06-30"), "examYear", List.of("2024"), "institution",
				List.of("D市中心医院"), "institutionLicenceNo", List.of("PDY12345621020211A1001"));
	}

	private CaseView awaitStep(String number, String step, String department) {
		Actor observer = walkIns.accounts()
			.staff(TestAccounts.accountName(), DepartmentRole.of(Role.APPROVER, department));
		return await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.ignoreExceptions()
			.until(() -> work.open(observer, number), view -> view.step().equals(step));
	}

	private static String refusedField(Runnable action) {
		try {
			action.run();
		}
		catch (InvalidParameterException ex) {
			return ex.parameter() + " " + ex.messageCode();
		}
		throw new AssertionError("not refused");
	}

	private static String refusal(Runnable action) {
		try {
			action.run();
		}
		catch (RefusedException ex) {
			return ex.refusal() + " " + ex.messageCode();
		}
		throw new AssertionError("not refused");
	}

}
