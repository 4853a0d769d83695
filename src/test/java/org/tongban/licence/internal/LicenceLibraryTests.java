package org.tongban.licence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import java.time.Duration;

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
import org.tongban.application.AttachedMaterial;
import org.tongban.application.CaseFiles;
import org.tongban.application.Drafts;
import org.tongban.application.Submissions;
import org.tongban.approval.DecisionRevoked;
import org.tongban.exchange.Registry;
import org.tongban.exchange.RegistryAccess;
import org.tongban.exchange.RegistryAccessLog;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.storage.Attachments;
import org.tongban.support.AuditProbe;
import org.tongban.support.QrCodes;
import org.tongban.support.TestClock;

/**
 * R6.5, R3.2, R15.10: the applicant's licence library lists their own licences only,
 * gives the signed PDF to its holder alone and shares the public verification as a link
 * and a QR code; a licence is given as a material of a later application in one click,
 * checked by the platform, and staff see it as a verified e-licence; departments read the
 * registry of e-licences naming purpose and case, every read logged.
 */
@IdentityTest
class LicenceLibraryTests {

	static final String MEDICAL_FILING = HeldLicenceFixtures.MEDICAL_FILING;

	/** 原异地就医备案凭证: a material that the filing's licence replaces (demo catalogue). */
	static final String EARLIER_FILING = "M05";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	HeldLicenceFixtures fixtures;

	@Autowired
	Drafts drafts;

	@Autowired
	Submissions submissions;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	LicenceRevocation revocation;

	@Autowired
	Attachments attachments;

	@Autowired
	RegistryAccessLog accessLog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	TestAccounts.Person person;

	TestAccounts.Person stranger;

	@BeforeEach
	void people() {
		person = new TestAccounts(accounts).person();
		stranger = new TestAccounts(accounts).person();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	@DisplayName("R6.5: /my/licences and its API list the applicant's own licences with status, validity and department; nobody else's")
	void theLibraryListsOnlyOnesOwnLicences() {
		LicenceRecord licence = issued(person);
		LicenceRecord others = issued(stranger);

		assertThat(mvc.get().uri("/my/licences").with(as(person.actor()))).hasStatusOk()
			.bodyText()
			.contains(licence.id(), "异地就医备案凭证", "有效", "2026年11月27日至2027年11月26日", "医疗保障局",
					"http://localhost:8080/verify/" + licence.id(), "/my/licences/" + licence.id() + "/pdf",
					licence.caseNumber())
			.doesNotContain(others.id());
		var json = assertThat(mvc.get().uri("/api/v1/my/licences").with(as(person.actor()))).hasStatusOk().bodyJson();
		json.extractingPath("$[*].id").asArray().containsExactly(licence.id());
		json.extractingPath("$[0].status").isEqualTo("VALID");
		json.extractingPath("$[0].validUntil").isEqualTo("2027-11-26");
		json.extractingPath("$[0].verificationUrl").isEqualTo("http://localhost:8080/verify/" + licence.id());

		assertThat(mvc.get().uri("/my").with(as(person.actor()))).bodyText().contains("href=\"/my/licences\"");
	}

	@Test
	@DisplayName("R6.5: only the holder downloads the signed PDF, page and API, audited; anybody else is not found, staff refused")
	void onlyTheHolderDownloadsThePdf() throws IOException {
		LicenceRecord licence = issued(person);
		byte[] issuedPdf;
		try (var content = attachments.open(licence.attachmentId())) {
			issuedPdf = content.stream().readAllBytes();
		}

		var downloads = new AuditProbe(jdbc).during("licence", licence.id(),
				() -> assertThat(mvc.get().uri("/my/licences/" + licence.id() + "/pdf").with(as(person.actor())))
					.hasStatusOk()
					.hasContentType("application/pdf")
					.body()
					.isEqualTo(issuedPdf));
		assertThat(downloads).extracting(AuditProbe.Row::action).containsExactly("licence.download");
		assertThat(mvc.get().uri("/api/v1/my/licences/" + licence.id() + "/pdf").with(as(person.actor()))).hasStatusOk()
			.body()
			.isEqualTo(issuedPdf);

		assertThat(mvc.get().uri("/my/licences/" + licence.id() + "/pdf").with(as(stranger.actor()))).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/my/licences/" + licence.id() + "/pdf").with(as(stranger.actor())))
			.hasStatus(404);
		assertThat(mvc.get().uri("/my/licences/" + licence.id() + "/qr.png").with(as(stranger.actor()))).hasStatus(404);
		Actor staff = new TestAccounts(accounts).staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.REVIEWER, "YBJ"));
		assertThat(mvc.get().uri("/my/licences/" + licence.id() + "/pdf").with(as(staff))).hasStatus(403);
	}

	@Test
	@DisplayName("R6.5: the share link is the public verification, and the QR code of the library decodes to it")
	void theShareLinkAndQrCodeLeadToTheVerification() throws Exception {
		LicenceRecord licence = issued(person);

		byte[] png = mvc.get()
			.uri("/my/licences/" + licence.id() + "/qr.png")
			.with(as(person.actor()))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		String decoded = QrCodes.inImage(png);
		assertThat(decoded).isEqualTo("http://localhost:8080/verify/" + licence.id());
		assertThat(mvc.get().uri("/verify/" + licence.id())).hasStatusOk().bodyText().contains("有效");
	}

	@Test
	@DisplayName("R6.5, R3.2: a licence is given as a material of a later application in one click; the server checks it, and staff see a verified e-licence")
	void aLicenceIsReusedAsAMaterialInOneClick() {
		LicenceRecord licence = issued(person);
		Application draft = draft(person.actor());
		String page = "/apply/drafts/" + draft.id() + "/materials";

		assertThat(mvc.get().uri(page).with(as(person.actor()))).hasStatusOk()
			.bodyText()
			.contains("使用我的电子证照 " + licence.id(), "action=\"" + page + "/" + EARLIER_FILING + "/licence\"");

		assertThat(mvc.post()
			.uri(page + "/" + EARLIER_FILING + "/licence")
			.param("licenceId", licence.id())
			.with(csrf())
			.with(as(person.actor()))).hasStatus3xxRedirection();

		AttachedMaterial given = drafts.get(person.actor(), draft.id()).materials(EARLIER_FILING).get(0);
		assertThat(given.licenceId()).isEqualTo(licence.id());
		assertThat(given.attachmentId()).as("the signed PDF as issued").isEqualTo(licence.attachmentId());
		assertThat(mvc.get().uri(page).with(as(person.actor()))).bodyText()
			.contains("已核验的电子证照 " + licence.id())
			.doesNotContain("使用我的电子证照 " + licence.id());

		submissions.submit(person.actor(), draft.id(), UUID.randomUUID().toString());
		String number = caseFiles.get(draft.id()).number();
		Actor reviewer = new TestAccounts(accounts).staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.WINDOW_CLERK, "YBJ"));
		// The case reaches the department once approval has taken the submission, after
		// it.
		await().atMost(Duration.ofSeconds(30))
			.alias("the case is open to the department")
			.until(() -> mvc.get()
				.uri("/staff/cases/" + number)
				.with(as(reviewer))
				.exchange()
				.getResponse()
				.getStatus(), status -> status == 200);
		assertThat(mvc.get().uri("/staff/cases/" + number).with(as(reviewer))).hasStatusOk()
			.bodyText()
			.contains("已核验电子证照 " + licence.id() + "，有效期至 2027年11月26日，当前状态：有效");
		assertThat(mvc.get().uri("/staff/cases/" + number + "?lang=en").with(as(reviewer))).bodyText()
			.contains("Verified electronic licence " + licence.id() + ", valid until")
			.doesNotContain("??");
		assertThat(mvc.get().uri("/my/applications/" + number).with(as(person.actor()))).bodyText()
			.contains("已核验电子证照 " + licence.id());
	}

	@Test
	@DisplayName("R6.5: someone else's licence, a revoked or expired one and one of another type are refused with a localized 400, page and API")
	void aLicenceThatIsNotTheApplicantsValidOneOfTheTypeIsRefused() {
		LicenceRecord others = issued(stranger);
		LicenceRecord mine = issued(person);
		Application draft = draft(person.actor());
		String page = "/apply/drafts/" + draft.id() + "/materials";
		String api = "/api/v1/drafts/" + draft.id() + "/materials/licence";

		assertThat(mvc.post()
			.uri(page + "/" + EARLIER_FILING + "/licence")
			.param("licenceId", others.id())
			.with(csrf())
			.with(as(person.actor()))).hasStatusOk().bodyText().contains("没有找到您持有的这个电子证照");
		assertThat(mvc.post()
			.uri(api)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"material\":\"" + EARLIER_FILING + "\",\"licenceId\":\"" + others.id() + "\"}")
			.header("Accept-Language", "en")
			.with(as(person.actor()))).hasStatus(400).bodyText().contains("No electronic licence of yours");
		assertThat(mvc.post()
			.uri(api)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"material\":\"M04\",\"licenceId\":\"" + mine.id() + "\"}")
			.with(as(person.actor()))).hasStatus(400).bodyText().contains("不是“代办人身份证明”所需的证照");
		assertThat(mvc.post()
			.uri(api)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"material\":\"M03\",\"licenceId\":\"" + mine.id() + "\"}")
			.with(as(person.actor()))).hasStatus(400).bodyText().contains("不能以电子证照提交");

		clock.set(TestClock.DEMO_DAY.plusYears(1).atStartOfDay());
		assertThat(mvc.post()
			.uri(api)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"material\":\"" + EARLIER_FILING + "\",\"licenceId\":\"" + mine.id() + "\"}")
			.with(as(person.actor()))).hasStatus(400).bodyText().contains("已撤销或已过期");
		clock.reset();

		revocation.revoke(new DecisionRevoked(mine.caseId(), mine.caseNumber(), "YBJ", MEDICAL_FILING,
				person.actor().id(), "经事后核查，承诺不实", "《中华人民共和国行政许可法》第六十九条", clock.instant()));
		assertThat(mvc.post()
			.uri(page + "/" + EARLIER_FILING + "/licence")
			.param("licenceId", mine.id())
			.with(csrf())
			.with(as(person.actor()))).hasStatusOk().bodyText().contains("已撤销或已过期");
		assertThat(drafts.get(person.actor(), draft.id()).materials(EARLIER_FILING)).isEmpty();
		assertThat(mvc.get().uri(page).with(as(person.actor()))).bodyText()
			.as("a revoked licence is not offered")
			.doesNotContain("使用我的电子证照");
	}

	@Test
	@DisplayName("R15.10: staff read a licence for a case of their department naming the purpose, logged for the holder; applicants refused; no purpose or case is a localized 400")
	void departmentsReadTheRegistryOfLicencesLogged() {
		LicenceRecord licence = issued(person);
		Application later = fixtures.submitted(stranger.actor());
		Actor reviewer = new TestAccounts(accounts).staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.REVIEWER, "YBJ"));
		String uri = "/api/v1/registry/licences/" + licence.id();

		var json = assertThat(mvc.get()
			.uri(uri)
			.param("purpose", "核验参保人的异地就医备案")
			.param("caseNumber", later.number())
			.with(as(reviewer))).hasStatusOk().bodyJson();
		json.extractingPath("$.status").isEqualTo("VALID");
		json.extractingPath("$.holderNumber").isEqualTo(person.residentId().masked());
		assertThat(licenceReads()).singleElement().satisfies(read -> {
			assertThat(read.registry()).isEqualTo(Registry.LICENCE);
			assertThat(read.caseReference()).isEqualTo(later.number());
			assertThat(read.purpose().zh()).isEqualTo("核验参保人的异地就医备案");
			assertThat(read.caller()).isEqualTo("licence-registry:YBJ:" + reviewer.id());
		});

		assertThat(
				mvc.get().uri(uri).param("purpose", "核验").param("caseNumber", later.number()).with(as(person.actor())))
			.hasStatus(403);
		assertThat(mvc.get().uri(uri).param("caseNumber", later.number()).with(as(reviewer))).hasStatus(400)
			.bodyText()
			.contains("请说明查询用途");
		assertThat(mvc.get().uri(uri).param("purpose", "核验").with(as(reviewer))).hasStatus(400)
			.bodyText()
			.contains("请填写查询所服务的申请编号");
		Actor otherDepartment = new TestAccounts(accounts).staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.REVIEWER, "SCJGJ"));
		assertThat(mvc.get()
			.uri(uri)
			.param("purpose", "核验")
			.param("caseNumber", later.number())
			.header("Accept-Language", "en")
			.with(as(otherDepartment))).hasStatus(400).bodyText().contains("No case of your department");
		assertThat(licenceReads()).as("refused reads read nothing").hasSize(1);

		String creditCode = TestAccounts.creditCode().value();
		assertThat(mvc.get()
			.uri("/api/v1/registry/licences")
			.param("creditCode", creditCode)
			.param("type", "FOOD_BUSINESS_LICENCE")
			.param("purpose", "核验企业持有的许可证")
			.param("caseNumber", later.number())
			.with(as(reviewer))).hasStatusOk().bodyJson().isEqualTo("[]");
		assertThat(jdbc
			.sql("select count(*) from exchange_access_log where credit_code = :code and registry = 'LICENCE'"
					+ " and case_reference = :number and refusal = 'NOT_FOUND'")
			.param("code", creditCode)
			.param("number", later.number())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(mvc.get()
			.uri("/api/v1/registry/licences")
			.param("creditCode", "not a code")
			.param("purpose", "核验")
			.param("caseNumber", later.number())
			.with(as(reviewer))).hasStatus(400).bodyText().contains("统一社会信用代码");
	}

	/** The reads of the person's licences, among the reads of their data. */
	List<RegistryAccess> licenceReads() {
		return accessLog.accessesTo(person.residentId(), 1, RegistryAccessLog.MAX_SIZE)
			.items()
			.stream()
			.filter(read -> read.registry() == Registry.LICENCE)
			.toList();
	}

	static RequestPostProcessor as(Actor actor) {
		return authentication(new ActorAuthentication(actor));
	}

	LicenceRecord issued(TestAccounts.Person holder) {
		return fixtures.issued(holder.actor());
	}

	Application draft(Actor applicant) {
		return fixtures.draft(applicant);
	}

}
