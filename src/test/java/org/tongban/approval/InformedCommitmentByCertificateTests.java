package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.CaseFiles;
import org.tongban.application.Commitments;
import org.tongban.application.Drafts;
import org.tongban.application.SignedCommitment;
import org.tongban.application.Submissions;
import org.tongban.application.web.ApplicantApi;
import org.tongban.identity.Accounts;
import org.tongban.identity.CertificateSignature;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.Role;
import org.tongban.identity.SmsInbox;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.Visitor;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.identity.factors.DemoChallengeSigner;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.support.AuditProbe;
import org.tongban.support.TestClock;
import org.tongban.support.WebPage;
import tools.jackson.databind.json.JsonMapper;

/**
 * R5.5, R15.7: an applicant who logged in with a CA certificate may sign the informed
 * commitment with that certificate instead of an SMS code, by signing the commitment's
 * digest (the SHA-256 of its text, as 64 hexadecimal characters) with the certificate's
 * key; the case is then granted on the commitment as with an SMS code. The certificate
 * gets the checks of a certificate log-in and must be the applicant's own; every refusal
 * says why. An applicant who logged in otherwise is neither offered the way nor allowed
 * it. The demo CAs' certificates: 张伟 (SM2), 李娜 (ECDSA), an expired, a revoked and a
 * foreign one.
 */
@IdentityTest
class InformedCommitmentByCertificateTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** 张伟, the holder of the demo SM2 certificate {@code person-sm2}. */
	private static final String ZHANG_WEI = "210202198503120311";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountDirectory directory;

	@Autowired
	Drafts drafts;

	@Autowired
	ApplicationMaterials materials;

	@Autowired
	Commitments commitments;

	@Autowired
	Submissions submissions;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	PostVerifications verifications;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	TestAccounts.Person zhangWei;

	@BeforeEach
	void zhangWeiHasAnAccount() {
		zhangWei = new TestAccounts(accounts).registryPerson("张伟", ZHANG_WEI, directory);
	}

	@Test
	@DisplayName("R5.5: through the API, an applicant logged in with a certificate signs the commitment's digest with it and is granted at once")
	void theCertificateSignsTheCommitmentAndTheCaseIsGranted() throws Exception {
		UUID id = completeDraft(zhangWei);
		ApplicantApi api = new ApplicantApi(mvc, certificateToken("person-sm2"), TestAccounts.clientAddress());
		String base = "/api/v1/drafts/" + id + "/commitment";

		MvcTestResult offer = api.get(base);
		assertThat(offer).hasStatusOk().bodyJson().extractingPath("$.certificateOffered").isEqualTo(true);
		String digest = ApplicantApi.read(offer, "$.digest");
		assertThat(digest).matches("[0-9a-f]{64}");

		String signature = DemoChallengeSigner.sign("person-sm2", digest);
		MvcTestResult signed = api.post(base + "/certificate",
				Map.of("certificate", DemoChallengeSigner.certificate("person-sm2"), "signature", signature));

		assertThat(signed).hasStatus(201).bodyJson().extractingPath("$.method").isEqualTo("CERTIFICATE");
		SignedCommitment kept = commitments.of(zhangWei.actor(), id).orElseThrow();
		assertThat(kept.method()).isEqualTo(SignedCommitment.Method.CERTIFICATE);
		assertThat(kept.digest()).isEqualTo(digest);
		assertThat(kept.text()).isEqualTo(ApplicantApi.read(offer, "$.text"));
		assertThat(kept.signerId()).isEqualTo(zhangWei.actor().id());
		CertificateSignature certificate = kept.certificate();
		assertThat(certificate.subject()).contains("张伟");
		assertThat(certificate.issuer()).isNotBlank();
		assertThat(certificate.serialNumber()).matches("[0-9A-F]+");
		assertThat(certificate.algorithm()).isEqualTo("SM2_WITH_SM3");
		assertThat(certificate.signature()).isEqualTo(signature);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(new AuditProbe(jdbc).of("application", id))
				.anySatisfy(row -> assertThat(row.summary() + " " + row.detail()).contains(
						"application.commitment.sign SUCCESS " + zhangWei.actor().id(), "CERTIFICATE", digest,
						certificate.serialNumber())));

		String number = submissions.submit(zhangWei.actor(), id, UUID.randomUUID().toString()).number();
		await().atMost(Duration.ofSeconds(30)).until(() -> caseFiles.get(id).status() == ApplicationStatus.GRANTED);
		assertThat(api.get("/api/v1/applications/" + number + "/commitment")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.certificate.serialNumber")
			.isEqualTo(certificate.serialNumber());
	}

	@Test
	@DisplayName("R5.5: a signature of other text, someone else's valid certificate, an expired, revoked or foreign certificate and malformed input are each refused with why")
	void everyRefusalSaysWhy() throws Exception {
		UUID id = completeDraft(zhangWei);
		ApplicantApi api = new ApplicantApi(mvc, certificateToken("person-sm2"), TestAccounts.clientAddress());
		String base = "/api/v1/drafts/" + id + "/commitment";
		String digest = ApplicantApi.read(api.get(base), "$.digest");

		assertRefused(signWith(api, base, "person-sm2", DemoChallengeSigner.sign("person-sm2", "another text")),
				"signature", "签名与证书或签名的文本不符");
		assertRefused(signWith(api, base, "person-ecdsa", DemoChallengeSigner.sign("person-ecdsa", digest)),
				"certificate", "这张证书不是您本人（本单位）的");
		assertRefused(signWith(api, base, "person-expired", DemoChallengeSigner.sign("person-expired", digest)),
				"certificate", "这张证书已过有效期");
		assertRefused(signWith(api, base, "person-revoked", DemoChallengeSigner.sign("person-revoked", digest)),
				"certificate", "这张证书已被 CA 吊销");
		assertRefused(signWith(api, base, "person-untrusted", DemoChallengeSigner.sign("person-untrusted", digest)),
				"certificate", "不是本平台信任的 CA 签发的");
		assertRefused(api.post(base + "/certificate", Map.of("certificate", "not a certificate", "signature", "AAAA")),
				"certificate", "请粘贴 PEM 格式的数字证书");
		assertRefused(
				api.post(base + "/certificate",
						Map.of("certificate", DemoChallengeSigner.certificate("person-sm2"), "signature", "%%%")),
				"signature", "请粘贴签名工具输出的 Base64 签名");
		assertRefused(api.post(base + "/certificate", Map.of()), "signature", "Base64");
		MvcTestResult english = api.request(mvc.post()
			.uri(base + "/certificate")
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("certificate", "not a certificate", "signature", "AAAA"))));
		assertRefused(english, "certificate", "Paste the digital certificate in PEM");

		assertThat(commitments.of(zhangWei.actor(), id)).as("nothing was signed").isEmpty();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(new AuditProbe(jdbc).of("application", id))
				.anySatisfy(row -> assertThat(row.summary() + " " + row.detail())
					.contains("application.commitment.sign FAILURE " + zhangWei.actor().id(), "notYours")));
	}

	@Test
	@DisplayName("R5.5: an applicant who logged in with an SMS code or a password is not offered the certificate, and it is refused")
	void anApplicantWhoDidNotLogInWithACertificateIsNotOfferedIt() throws Exception {
		// Someone of their own, whose phone no other test's notices reach while the code
		// is read.
		TestAccounts.Person bySms = new TestAccounts(accounts).person();
		UUID id = completeDraft(bySms);
		ApplicantApi api = new ApplicantApi(mvc, smsCodeToken(bySms), TestAccounts.clientAddress());
		String base = "/api/v1/drafts/" + id + "/commitment";
		MvcTestResult offer = api.get(base);
		assertThat(offer).hasStatusOk().bodyJson().extractingPath("$.certificateOffered").isEqualTo(false);
		String digest = ApplicantApi.read(offer, "$.digest");

		MvcTestResult refused = signWith(api, base, "person-sm2", DemoChallengeSigner.sign("person-sm2", digest));

		assertThat(refused).hasStatus(403);
		assertThat(ApplicantApi.read(refused, "$.detail")).contains("只有用数字证书登录后才能用证书签名");

		TestAccounts.Person person = new TestAccounts(accounts).person();
		UUID other = completeDraft(person);
		var visitor = new Visitor(mvc);
		visitor.logIn(person.mobile().value(), TestAccounts.PASSWORD);
		String page = "/apply/drafts/" + other + "/commitment";
		assertThat(visitor.page(page).html()).contains("发送验证码").doesNotContain(page + "/certificate", digest);
		MvcTestResult posted = visitor.post(page + "/certificate", "certificate",
				DemoChallengeSigner.certificate("person-sm2"), "signature",
				DemoChallengeSigner.sign("person-sm2", digest));
		assertThat(posted).hasStatus(403);
		assertThat(WebPage.of(posted).text()).contains("只有用数字证书登录后才能用证书签名");
		assertThat(commitments.of(bySms.actor(), id)).isEmpty();
		assertThat(commitments.of(person.actor(), other)).isEmpty();
	}

	@Test
	@DisplayName("R5.5: on the pages, without JavaScript, the applicant logged in with a certificate pastes it and the signature of the digest shown; the applicant and the reviewer see how it was signed")
	void thePageSignsWithTheCertificateWithoutJavaScript() throws Exception {
		UUID id = completeDraft(zhangWei);
		var applicant = new Visitor(mvc);
		logInWithCertificate(applicant, "person-sm2");
		String path = "/apply/drafts/" + id + "/commitment";

		WebPage page = applicant.page(path);
		assertThat(page.html()).contains("<form action=\"" + path + "/certificate\" method=\"post\"", "发送验证码")
			.doesNotContain("<script");
		String digest = page.html().replaceAll("(?s).*id=\"commitment-digest\">([0-9a-f]{64})<.*", "$1");
		assertThat(digest).matches("[0-9a-f]{64}");
		assertThat(page.text()).contains("用数字证书签名", "SHA-256", "openssl dgst -sm3");
		assertThat(applicant.page(path + "?lang=en").text()).contains("Sign with your digital certificate");
		applicant.page(path + "?lang=zh");

		MvcTestResult wrong = applicant.post(path + "/certificate", "certificate",
				DemoChallengeSigner.certificate("person-ecdsa"), "signature",
				DemoChallengeSigner.sign("person-ecdsa", digest));
		assertThat(wrong).hasStatus(400);
		assertThat(WebPage.of(wrong).html()).contains("error-summary", "href=\"#certificate\"", "id=\"certificate\"",
				"这张证书不是您本人（本单位）的");
		assertThat(applicant.post(path + "/certificate", "certificate", DemoChallengeSigner.certificate("person-sm2"),
				"signature", DemoChallengeSigner.sign("person-sm2", digest)))
			.hasStatus(302)
			.hasRedirectedUrl("/apply/drafts/" + id);
		assertThat(applicant.page("/apply/drafts/" + id).text()).contains("已签署");

		String number = submissions.submit(zhangWei.actor(), id, UUID.randomUUID().toString()).number();
		await().atMost(Duration.ofSeconds(30)).until(() -> caseFiles.get(id).status() == ApplicationStatus.GRANTED);
		String serial = caseFiles.commitment(id).orElseThrow().certificate().serialNumber();
		assertThat(applicant.page("/my/applications/" + number).text()).contains("准予行政许可", "数字证书签名", serial, "证书持有人");

		var reviewer = new Visitor(mvc);
		EnrolledStaff staff = EnrolledStaff.create(accounts, secondFactor, clock,
				DepartmentRole.of(Role.REVIEWER, InformedCommitmentTests.YBJ));
		reviewer.logIn(staff);
		PostVerification verification = await().atMost(Duration.ofSeconds(30))
			.until(() -> verifications.open(staff.actor())
				.stream()
				.filter(each -> each.number().equals(number))
				.findFirst(), found -> found.isPresent())
			.orElseThrow();
		assertThat(reviewer.page("/staff/post-verifications/" + verification.id()).text()).contains("数字证书签名", "签名证书",
				"序列号 " + serial);
	}

	private UUID completeDraft(TestAccounts.Person person) {
		return InformedCommitmentTests.completeDraft(drafts, materials, person.actor()).id();
	}

	private static MvcTestResult signWith(ApplicantApi api, String base, String certificate, String signature)
			throws Exception {
		return api.post(base + "/certificate",
				Map.of("certificate", DemoChallengeSigner.certificate(certificate), "signature", signature));
	}

	private static void assertRefused(MvcTestResult result, String parameter, String message) {
		assertThat(result).hasStatus(400);
		assertThat(ApplicantApi.read(result, "$.parameter")).isEqualTo(parameter);
		assertThat(ApplicantApi.read(result, "$.detail")).contains(message);
	}

	/** A bearer token of a certificate log-in with the demo certificate. */
	private String certificateToken(String certificate) throws Exception {
		String address = TestAccounts.clientAddress();
		MvcTestResult challenge = mvc.post().uri("/api/v1/auth/certificate/challenge").with(request -> {
			request.setRemoteAddr(address);
			return request;
		}).exchange();
		assertThat(challenge).hasStatusOk();
		MvcTestResult login = mvc.post()
			.uri("/api/v1/auth/certificate/login")
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("nonce", ApplicantApi.read(challenge, "$.nonce"), "certificate",
					DemoChallengeSigner.certificate(certificate), "signature",
					DemoChallengeSigner.sign(certificate, ApplicantApi.read(challenge, "$.challenge")))))
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})
			.exchange();
		assertThat(login).hasStatusOk();
		return ApplicantApi.read(login, "$.token");
	}

	/** A bearer token of a log-in with a code sent to the person's mobile. */
	private String smsCodeToken(TestAccounts.Person person) {
		String address = TestAccounts.clientAddress();
		assertThat(mvc.post()
			.uri("/api/v1/auth/sms-code")
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("phone", person.mobile().value())))
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})).hasStatus2xxSuccessful();
		String code = new SmsInbox(mvc).latestCode(person.mobile()).orElseThrow();
		MvcTestResult login = mvc.post()
			.uri("/api/v1/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("phone", person.mobile().value(), "smsCode", code)))
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})
			.exchange();
		assertThat(login).hasStatusOk();
		return ApplicantApi.read(login, "$.token");
	}

	/** Logs in on the certificate page, as CertificateLogInTests does. */
	private static void logInWithCertificate(Visitor visitor, String certificate) throws Exception {
		String challenge = visitor.page("/login/certificate")
			.text()
			.replaceAll("(?s).*(tongban-login:v1:[A-Za-z0-9_-]{43}).*", "$1");
		assertThat(visitor.post("/login/certificate", "nonce", challenge.substring("tongban-login:v1:".length()),
				"certificate", DemoChallengeSigner.certificate(certificate), "signature",
				DemoChallengeSigner.sign(certificate, challenge)))
			.hasRedirectedUrl("/my");
	}

}
