package org.tongban.licence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tongban.application.Application;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.CaseDocument;
import org.tongban.application.CaseFiles;
import org.tongban.application.Drafts;
import org.tongban.application.Submissions;
import org.tongban.approval.CaseEnded;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.licence.LicenceCheck;
import org.tongban.licence.LicenceStatus;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.RefusedException;
import org.tongban.shared.crypto.FieldCipher;
import org.tongban.storage.Attachments;
import org.tongban.storage.SampleFiles;
import org.tongban.support.AuditProbe;
import org.tongban.support.Pdfsig;
import org.tongban.support.TestClock;

/**
 * R15.5: the department's approvers revoke a licence with reasons and legal basis,
 * suspend it and lift the suspension, and change it by a new signed version that replaces
 * it; the public verification says so with dates, reasons and basis and names the other
 * version; a licence past its last day is expired; the status follows REVOKED > REPLACED
 * > SUSPENDED > EXPIRED > VALID; nobody else acts, nor the holder on their own licence;
 * bad input is refused with a localized message; the holder is told.
 */
@IdentityTest
class LicenceLifeCycleTests {

	static final String BASIS = "《中华人民共和国行政许可法》第六十九条";

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
	LicenceIssuer issuer;

	@Autowired
	Licences licences;

	@Autowired
	LicenceLifeCycle lifeCycle;

	@Autowired
	Attachments attachments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FieldCipher cipher;

	@Autowired
	TestClock clock;

	TestAccounts.Person person;

	Actor approver;

	@BeforeEach
	void aPersonAndAnApprover() {
		person = new TestAccounts(accounts).person();
		approver = new TestAccounts(accounts).staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.APPROVER, "YBJ"));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	@DisplayName("R15.5: the department revokes a licence through the API with reasons and legal basis: /verify says REVOKED with date, reasons and basis, its history without the officer; audited; the holder is told")
	void aRevocationWithItsBasisIsVerified() {
		LicenceRecord licence = issued();

		assertThat(mvc.post()
			.uri("/api/v1/staff/licences/" + licence.id() + "/revocation")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reasons\":\"以欺骗手段取得许可\",\"legalBasis\":\"" + BASIS + "\"}")
			.with(as(approver))).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("REVOKED");

		LicenceCheck check = licences.check(licence.id());
		assertThat(check.status()).isEqualTo(LicenceStatus.REVOKED);
		assertThat(check.revokedOn()).isEqualTo(TestClock.DEMO_DAY);
		assertThat(check.revocationReasons()).isEqualTo("以欺骗手段取得许可");
		assertThat(check.revocationBasis()).isEqualTo(BASIS);
		assertThat(check.history()).extracting(LicenceCheck.Step::kind).containsExactly("ISSUED", "REVOKED");
		assertThat(mvc.get().uri("/verify/" + licence.id()).with(from("10.19.0.1"))).hasStatusOk()
			.bodyText()
			.contains("已撤销", "2026年11月27日", "以欺骗手段取得许可", BASIS, "证照历程")
			.doesNotContain(approver.name());
		assertThat(mvc.get().uri("/api/v1/licences/" + licence.id() + "/verification").with(from("10.19.0.1")))
			.bodyJson()
			.satisfies(json -> assertThat(json.getJson()).doesNotContain(approver.name()))
			.extractingPath("$.revocationBasis")
			.isEqualTo(BASIS);
		assertThat(audited("licence.revoked", licence.id())).isEqualTo(1);
		assertThat(told(person.actor(), "LICENCE_REVOKED")).singleElement()
			.satisfies(notice -> assertThat(notice).contains(licence.id(), "以欺骗手段取得许可"));
	}

	@Test
	@DisplayName("R15.5: a suspension with reasons and basis verifies SUSPENDED with its date and reasons; lifted, VALID again; each in the history")
	void aSuspensionAndItsLifting() {
		LicenceRecord licence = issued();

		lifeCycle.act(approver, licence.id(), LicenceEvent.Kind.SUSPENDED, "责令停业整顿", BASIS, null);
		LicenceCheck suspended = licences.check(licence.id());
		assertThat(suspended.status()).isEqualTo(LicenceStatus.SUSPENDED);
		assertThat(suspended.suspendedOn()).isEqualTo(TestClock.DEMO_DAY);
		assertThat(suspended.suspensionReasons()).isEqualTo("责令停业整顿");
		assertThat(mvc.get()
			.uri("/api/v1/licences/" + licence.id() + "/verification")
			.header("Accept-Language", "en")
			.with(from("10.19.0.2"))).bodyJson().extractingPath("$.status").isEqualTo("SUSPENDED");
		assertThat(mvc.get().uri("/verify/" + licence.id()).with(from("10.19.0.2"))).bodyText()
			.contains("已暂扣", "责令停业整顿", BASIS);
		assertThatThrownBy(
				() -> lifeCycle.act(approver, licence.id(), LicenceEvent.Kind.SUSPENDED, "再次暂扣", BASIS, null))
			.isInstanceOfSatisfying(RefusedException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("licence.lifeCycle.suspendedAlready"));
		assertThat(told(person.actor(), "LICENCE_SUSPENDED")).hasSize(1);

		assertThat(mvc.post()
			.uri("/api/v1/staff/licences/" + licence.id() + "/resumption")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reasons\":\"整改完毕\"}")
			.with(as(approver))).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("VALID");
		LicenceCheck resumed = licences.check(licence.id());
		assertThat(resumed.status()).isEqualTo(LicenceStatus.VALID);
		assertThat(resumed.suspendedOn()).isNull();
		assertThat(resumed.history()).extracting(LicenceCheck.Step::kind)
			.containsExactly("ISSUED", "SUSPENDED", "RESUMED");
		assertThat(told(person.actor(), "LICENCE_RESUMED")).hasSize(1);
	}

	@Test
	@DisplayName("R15.5: a change issues version 2 with a new id, the changed item, the same holder and validity, its PDF signed (pdfsig) and among the case's documents; the old one verifies REPLACED naming it, the new VALID naming the old")
	void aChangeIssuesANewSignedVersion() throws Exception {
		LicenceRecord old = issued();
		List<String> printed = old.printed()
			.stream()
			.map(item -> item.value().zh().equals("北京市") ? "天津市" : item.value().zh())
			.toList();

		var json = assertThat(mvc.post()
			.uri("/api/v1/staff/licences/" + old.id() + "/change")
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("printed", printed, "reasons", "备案地变更")))
			.with(as(approver))).hasStatusOk().bodyJson();
		json.extractingPath("$.version").isEqualTo(2);
		json.extractingPath("$.replaces").isEqualTo(old.id());

		LicenceRecord next = licences.ofCase(old.caseId()).orElseThrow();
		assertThat(next.id()).isNotEqualTo(old.id()).matches("DZZZ-[0-9A-HJKMNP-TV-Z]{26}");
		assertThat(next.version()).isEqualTo(2);
		assertThat(next.holderId()).isEqualTo(old.holderId());
		assertThat(next.validUntil()).isEqualTo(old.validUntil());
		assertThat(next.printed()).extracting(item -> item.value().zh()).contains("天津市").doesNotContain("北京市");

		LicenceCheck replaced = licences.check(old.id());
		assertThat(replaced.status()).isEqualTo(LicenceStatus.REPLACED);
		assertThat(replaced.replacedBy()).isEqualTo(next.id());
		LicenceCheck valid = licences.check(next.id());
		assertThat(valid.status()).isEqualTo(LicenceStatus.VALID);
		assertThat(valid.replaces()).isEqualTo(old.id());
		assertThat(mvc.get().uri("/verify/" + old.id()).with(from("10.19.0.3"))).bodyText().contains("已换发", next.id());

		byte[] pdf = pdf(next);
		assertThat(Pdfsig.verify(pdf)).contains("Signature Validation: Signature is Valid.", "Total document signed");
		assertThat(licences.check(pdf).status()).isEqualTo(LicenceStatus.VALID);
		assertThat(licences.check(pdf(old)).status()).isEqualTo(LicenceStatus.REPLACED);
		assertThat(caseFiles.get(old.caseId()).documents()).filteredOn(doc -> doc.kind().equals("LICENCE"))
			.extracting(CaseDocument::attachmentId)
			.containsExactlyInAnyOrder(old.attachmentId(), next.attachmentId());
		assertThat(told(person.actor(), "LICENCE_CHANGED")).singleElement()
			.satisfies(notice -> assertThat(notice).contains(next.id()));

		assertThatThrownBy(() -> lifeCycle.act(approver, next.id(), LicenceEvent.Kind.CHANGED, "无变化", null,
				next.printed().stream().map(item -> item.value().zh()).toList()))
			.isInstanceOfSatisfying(InvalidParameterException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("licence.lifeCycle.printed.unchanged"));
		assertThatThrownBy(() -> lifeCycle.act(approver, old.id(), LicenceEvent.Kind.SUSPENDED, "旧版本", BASIS, null))
			.isInstanceOf(RefusedException.class);
	}

	@Test
	@DisplayName("R15.5: past its last day a licence verifies EXPIRED; the status is REVOKED > REPLACED > SUSPENDED > EXPIRED > VALID")
	void expiryAndPrecedence() {
		LicenceRecord licence = issued();
		clock.set(licence.validUntil().atStartOfDay());
		assertThat(licences.check(licence.id()).status()).isEqualTo(LicenceStatus.VALID);
		clock.set(licence.validUntil().plusDays(1).atStartOfDay());
		assertThat(licences.check(licence.id()).status()).isEqualTo(LicenceStatus.EXPIRED);
		assertThatThrownBy(() -> lifeCycle.act(approver, licence.id(), LicenceEvent.Kind.SUSPENDED, "过期", BASIS, null))
			.isInstanceOfSatisfying(RefusedException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("licence.lifeCycle.notValid"));

		LocalDate day = TestClock.DEMO_DAY;
		LocalDate late = licence.validUntil().plusDays(1);
		assertThat(with(licence, day, "X", day).status(late)).isEqualTo(LicenceStatus.REVOKED);
		assertThat(with(licence, null, "X", day).status(late)).isEqualTo(LicenceStatus.REPLACED);
		assertThat(with(licence, null, null, day).status(late)).isEqualTo(LicenceStatus.SUSPENDED);
		assertThat(with(licence, null, null, null).status(late)).isEqualTo(LicenceStatus.EXPIRED);
		assertThat(with(licence, null, null, null).status(day)).isEqualTo(LicenceStatus.VALID);
		assertThat(with(licence, day, null, day).status(day)).isEqualTo(LicenceStatus.REVOKED);
	}

	@Test
	@DisplayName("R15.5, R12.7: another department's approver finds no licence (404), a clerk of the department and the applicant are refused (403), the holder as staff may not act on their own licence (409)")
	void onlyTheDepartmentsApproversActAndNeverOnTheirOwn() {
		LicenceRecord licence = issued();
		String revocation = "/api/v1/staff/licences/" + licence.id() + "/revocation";
		String body = "{\"reasons\":\"理由\",\"legalBasis\":\"依据\"}";

		Actor otherDepartment = new TestAccounts(accounts).staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.APPROVER, "SCJGJ"));
		assertThat(mvc.post()
			.uri(revocation)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(as(otherDepartment))).hasStatus(404);
		assertThat(mvc.get().uri("/staff/licences/" + licence.id()).with(as(otherDepartment))).hasStatus(404);
		assertThat(lifeCycle.search(otherDepartment, licence.id())).isEmpty();
		Actor clerk = new TestAccounts(accounts).staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.WINDOW_CLERK, "YBJ"));
		assertThat(mvc.post().uri(revocation).contentType(MediaType.APPLICATION_JSON).content(body).with(as(clerk)))
			.hasStatus(403);
		assertThat(mvc.get().uri("/staff/licences").with(as(clerk))).hasStatus(403);
		assertThat(mvc.post()
			.uri(revocation)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(as(person.actor()))).hasStatus(403);

		Actor holderAsStaff = accounts.createStaff(TestAccounts.accountName(), "职员", "YBJ", person.mobile(),
				TestAccounts.PASSWORD, List.of(DepartmentRole.of(Role.APPROVER, "YBJ")));
		assertThat(mvc.post()
			.uri(revocation)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(as(holderAsStaff))).hasStatus(409);
		assertThatThrownBy(
				() -> lifeCycle.act(holderAsStaff, licence.id(), LicenceEvent.Kind.REVOKED, "理由", "依据", null))
			.isInstanceOfSatisfying(RefusedException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("licence.lifeCycle.ownLicence"));
		assertThatThrownBy(() -> lifeCycle.get(otherDepartment, licence.id())).isInstanceOf(NotFoundException.class);
		assertThat(licences.check(licence.id()).status()).isEqualTo(LicenceStatus.VALID);
	}

	@Test
	@DisplayName("R15.5: a revocation or suspension without its legal basis, or without reasons, is refused 400 with a localized message, in Chinese and English")
	void badInputIsRefusedLocalized() {
		LicenceRecord licence = issued();
		String revocation = "/api/v1/staff/licences/" + licence.id() + "/revocation";

		assertThat(mvc.post()
			.uri(revocation)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reasons\":\"理由\"}")
			.with(as(approver))).hasStatus(400).bodyText().contains("legalBasis", "请填写法律依据");
		assertThat(mvc.post()
			.uri("/api/v1/staff/licences/" + licence.id() + "/suspension")
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"legalBasis\":\"" + BASIS + "\"}")
			.with(as(approver))).hasStatus(400).bodyText().contains("reasons", "Enter the reasons.");
		assertThat(mvc.post()
			.uri(revocation)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reasons\":\"" + "长".repeat(501) + "\",\"legalBasis\":\"依据\"}")
			.with(as(approver))).hasStatus(400).bodyText().contains("500");
		assertThat(mvc.post().uri(revocation).with(csrf()).with(as(approver))).hasStatus4xxClientError();
		assertThat(mvc.post()
			.uri("/staff/licences/" + licence.id() + "/revoke")
			.param("reasons", "理由")
			.with(csrf())
			.with(as(approver))).hasStatus(400).bodyText().contains("请填写法律依据");
		assertThat(mvc.get().uri("/staff/licences").param("q", "<script>").with(as(approver))).hasStatus(400)
			.bodyText()
			.contains("请输入证照编号或申请编号");
		assertThat(licences.check(licence.id()).status()).isEqualTo(LicenceStatus.VALID);
	}

	@Test
	@DisplayName("R15.5: in the staff pages the approver finds the licence, revokes it on its own page, checks the answers and confirms; the licence page then shows it revoked, with the officer in its history")
	void theStaffPagesRevokeAfterCheckingTheAnswers() {
		LicenceRecord licence = issued();
		String page = "/staff/licences/" + licence.id();

		assertThat(mvc.get().uri("/staff/licences").param("q", licence.caseNumber()).with(as(approver))).hasStatusOk()
			.bodyText()
			.contains(licence.id());
		assertThat(mvc.get().uri(page).with(as(approver))).hasStatusOk()
			.bodyText()
			.contains(licence.holderName(), "撤销证照", "暂扣证照", "变更证照")
			.doesNotContain("解除暂扣\n");
		assertThat(mvc.get().uri(page + "/revoke").with(as(approver))).hasStatusOk().bodyText().contains("法律依据");
		assertThat(mvc.post()
			.uri(page + "/revoke")
			.param("reasons", "以欺骗手段取得许可")
			.param("legalBasis", BASIS)
			.with(csrf())
			.with(as(approver))).hasStatusOk().bodyText().contains("请核对", "以欺骗手段取得许可", BASIS, "确认办理");
		assertThat(licences.check(licence.id()).status()).as("not before it is confirmed")
			.isEqualTo(LicenceStatus.VALID);
		assertThat(mvc.post()
			.uri(page + "/revoke/confirm")
			.param("reasons", "以欺骗手段取得许可")
			.param("legalBasis", BASIS)
			.with(csrf())
			.with(as(approver))).hasStatus3xxRedirection().hasRedirectedUrl(page);
		assertThat(mvc.get().uri(page).with(as(approver))).hasStatusOk()
			.bodyText()
			.contains("已撤销", approver.name(), BASIS);
		assertThat(mvc.post()
			.uri(page + "/suspend/confirm")
			.param("reasons", "理由")
			.param("legalBasis", BASIS)
			.with(csrf())
			.with(as(approver))).hasStatus(409);
	}

	@Test
	@DisplayName("R15.5: in the staff pages a change shows each printed item to edit, then the changed ones to check, back to edit with the answers kept, and confirmed opens the new version")
	void theStaffPagesChangeALicence() {
		LicenceRecord licence = issued();
		String page = "/staff/licences/" + licence.id();
		int city = licence.printed().stream().map(item -> item.value().zh()).toList().indexOf("北京市");
		String[] printed = licence.printed().stream().map(item -> item.value().zh()).toArray(String[]::new);
		printed[city] = "天津市";

		assertThat(mvc.get().uri(page + "/change").with(as(approver))).hasStatusOk()
			.bodyText()
			.contains("变更证照", "name=\"printed[" + city + "]\"", "value=\"北京市\"");
		assertThat(mvc.get().uri(page + "/suspend").with(as(approver))).hasStatusOk().bodyText().contains("暂扣证照");
		assertThat(mvc.get().uri(page + "/lift").with(as(approver))).hasStatusOk().bodyText().contains("解除暂扣");
		assertThat(mvc.post()
			.uri(page + "/change")
			.param("printed", printed)
			.param("reasons", "备案地变更")
			.with(csrf())
			.with(as(approver))).hasStatusOk().bodyText().contains("请核对", "北京市", "天津市", "备案地变更");
		assertThat(mvc.post()
			.uri(page + "/change/edit")
			.param("printed", printed)
			.param("reasons", "备案地变更")
			.with(csrf())
			.with(as(approver))).hasStatusOk().bodyText().contains("value=\"天津市\"", "备案地变更");
		assertThat(mvc.post()
			.uri(page + "/change")
			.param("printed", licence.printed().stream().map(item -> item.value().zh()).toArray(String[]::new))
			.param("reasons", "备案地变更")
			.with(csrf())
			.with(as(approver))).hasStatus(400).bodyText().contains("请至少修改一项内容");
		var confirmed = mvc.post()
			.uri(page + "/change/confirm")
			.param("printed", printed)
			.param("reasons", "备案地变更")
			.with(csrf())
			.with(as(approver))
			.exchange();
		LicenceRecord next = licences.ofCase(licence.caseId()).orElseThrow();
		assertThat(confirmed).hasStatus3xxRedirection().hasRedirectedUrl("/staff/licences/" + next.id());
		assertThat(mvc.get().uri("/staff/licences/" + next.id()).with(as(approver))).hasStatusOk()
			.bodyText()
			.contains("第2版", licence.id(), "天津市");
	}

	static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

	static LicenceRecord with(LicenceRecord l, LocalDate revokedOn, String replacedBy, LocalDate suspendedOn) {
		return new LicenceRecord(l.id(), l.caseId(), l.caseNumber(), l.matterCode(), l.matterVersion(), l.type(),
				l.name(), l.holderId(), l.holderIsPerson(), l.holderName(), l.holderNumber(), l.departmentCode(),
				l.validFrom(), l.validUntil(), l.printed(), l.attachmentId(), l.pdfSha256(), l.issuedAt(), revokedOn,
				null, null, suspendedOn, null, null, l.version(), null, replacedBy);
	}

	static RequestPostProcessor as(Actor actor) {
		return authentication(new ActorAuthentication(actor));
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	long audited(String action, String licenceId) {
		return new AuditProbe(jdbc).of("licence", licenceId)
			.stream()
			.filter(row -> row.action().equals(action) && row.outcome().equals("SUCCESS"))
			.count();
	}

	/** The in-app notices of a kind the applicant was given, as they read them. */
	List<String> told(Actor applicant, String kind) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("""
					select body from notification_outbox where account_id = :account and kind = :kind
					and channel = 'IN_APP'""")
				.param("account", applicant.id())
				.param("kind", kind)
				.query(String.class)
				.list()
				.stream()
				.map(cipher::decrypt)
				.toList(), notices -> !notices.isEmpty());
	}

	byte[] pdf(LicenceRecord licence) throws IOException {
		try (var content = attachments.open(licence.attachmentId())) {
			return content.stream().readAllBytes();
		}
	}

	LicenceRecord issued() {
		return issue(person.actor(), drafts, materials, submissions, caseFiles, issuer, licences, clock);
	}

	/** A licence issued to the person: a filing for residence elsewhere, granted now. */
	static LicenceRecord issue(Actor applicant, Drafts drafts, ApplicationMaterials materials, Submissions submissions,
			CaseFiles caseFiles, LicenceIssuer issuer, Licences licences, TestClock clock) {
		Application draft = drafts.start(applicant, LicenceIssueTests.MEDICAL_FILING);
		drafts.save(applicant, draft.id(),
				Map.of("insuranceType", List.of("EMPLOYEE"), "byAgent", List.of("NO"), "filingType",
						List.of("LONG_TERM_RESIDENT"), "province", List.of("11"), "city", List.of("北京市"), "startDate",
						List.of("2026-12-01")));
		materials.attach(applicant, draft.id(), "M02", "M02.pdf",
				new ByteArrayInputStream(SampleFiles.pdf("declaration of " + draft.id())));
		submissions.submit(applicant, draft.id(), UUID.randomUUID().toString());
		Application application = caseFiles.get(draft.id());
		issuer.issue(new CaseEnded(application.id(), application.receipt().orElseThrow().number(),
				ApplicationStatus.GRANTED, clock.instant()));
		return licences.ofCase(application.id()).orElseThrow();
	}

}
