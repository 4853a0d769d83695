package org.tongban.licence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.util.unit.DataSize;
import org.tongban.application.Application;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.CaseDocument;
import org.tongban.application.CaseFiles;
import org.tongban.application.Drafts;
import org.tongban.application.Submissions;
import org.tongban.approval.CaseEnded;
import org.tongban.approval.DecisionRevoked;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.licence.LicenceCheck;
import org.tongban.licence.LicenceIssued;
import org.tongban.licence.LicenceStatus;
import org.tongban.storage.Attachments;
import org.tongban.storage.SampleFiles;
import org.tongban.support.Pdfsig;
import org.tongban.support.QrCodes;
import org.tongban.support.TestClock;

/**
 * R6.3, R15.5: a grant of a matter that yields a licence issues it at once, once; its PDF
 * is signed as a PAdES signature that PDFBox with BouncyCastle and poppler's pdfsig
 * verify, its QR code leads to its verification, and the verification tells a genuine PDF
 * from a changed one or one of another signer, and a valid licence from a revoked or
 * expired one.
 */
@IdentityTest
@RecordApplicationEvents
class LicenceIssueTests {

	/** 异地就医备案: its certificate of filing is a licence valid a year (demo catalogue). */
	static final String MEDICAL_FILING = "YBJ-YDJYBA";

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
	LicenceRevocation revocation;

	@Autowired
	Licences licences;

	@Autowired
	LicencePdf pdf;

	@Autowired
	Attachments attachments;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEvents events;

	TestAccounts.Person person;

	@BeforeEach
	void aPerson() {
		person = new TestAccounts(accounts).person();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	@DisplayName("R6.3: a grant issues the licence at once and once, though the event comes twice; LicenceIssued is published")
	void aGrantIssuesTheLicenceOnce() {
		Application application = submitted();
		CaseEnded granted = new CaseEnded(application.id(), number(application), ApplicationStatus.GRANTED,
				clock.instant());

		issuer.issue(granted);
		issuer.issue(granted);

		LicenceRecord licence = licences.ofCase(application.id()).orElseThrow();
		assertThat(licence.id()).matches("DZZZ-[0-9A-HJKMNP-TV-Z]{26}");
		assertThat(licence.holderName()).isEqualTo(person.actor().name());
		assertThat(licence.holderNumber()).isEqualTo(person.residentId().value());
		assertThat(licence.departmentCode()).isEqualTo("YBJ");
		assertThat(licence.validFrom()).isEqualTo(TestClock.DEMO_DAY);
		assertThat(licence.validUntil()).isEqualTo(TestClock.DEMO_DAY.plusYears(1).minusDays(1));
		assertThat(licence.printed()).extracting(printed -> printed.value().zh()).contains("职工基本医疗保险", "北京市");
		assertThat(events.stream(LicenceIssued.class)).singleElement()
			.satisfies(issued -> assertThat(issued.licenceId()).isEqualTo(licence.id()));
		assertThat(caseFiles.get(application.id()).documents()).filteredOn(doc -> doc.kind().equals("LICENCE"))
			.singleElement()
			.extracting(CaseDocument::attachmentId)
			.isEqualTo(licence.attachmentId());
	}

	@Test
	@DisplayName("R6.3: the licence PDF carries a PAdES signature (ETSI.CAdES.detached, signing-certificate-v2) that PDFBox with BouncyCastle and pdfsig verify")
	void theLicencePdfIsSignedAsPades() throws Exception {
		byte[] signed = issuedPdf(issued());

		try (PDDocument document = Loader.loadPDF(signed)) {
			PDSignature signature = document.getLastSignatureDictionary();
			assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
			int[] range = signature.getByteRange();
			assertThat((long) range[2] + range[3]).as("the signature covers the whole file").isEqualTo(signed.length);
			// The value is the CMS structure padded with zeros to the room reserved for
			// it.
			var cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(signed)),
					ContentInfo.getInstance(new ASN1InputStream(signature.getContents()).readObject()));
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
			assertThat(signer.getEncryptionAlgOID()).as("ECDSA with SHA-256").isEqualTo("1.2.840.10045.4.3.2");
		}
		String pdfsig = Pdfsig.verify(signed);
		assertThat(pdfsig).contains("Signature Validation: Signature is Valid.", "Total document signed");
	}

	@Test
	@DisplayName("R6.3: the QR code on the licence decodes to the address of its public verification")
	void theQrCodeLeadsToTheVerification() throws Exception {
		LicenceRecord licence = issued();

		assertThat(QrCodes.onFirstPage(issuedPdf(licence))).isEqualTo("http://localhost:8080/verify/" + licence.id());
	}

	@Test
	@DisplayName("R6.3: an uploaded PDF is valid only as issued: one byte changed, or another signer, is forged")
	void anUploadIsGenuineOnlyAsIssued(@TempDir Path elsewhere) throws Exception {
		LicenceRecord licence = issued();
		byte[] genuine = issuedPdf(licence);

		assertThat(licences.check(genuine).status()).isEqualTo(LicenceStatus.VALID);

		byte[] changed = genuine.clone();
		changed[genuine.length / 2] ^= 0x01;
		assertThat(licences.check(changed).status()).isEqualTo(LicenceStatus.FORGED);

		var otherKeys = new LicenceKeys(new LicenceProperties(java.net.URI.create("http://localhost:8080"), elsewhere,
				LicenceProperties.KeyAlgorithm.EC, null, null, 30, DataSize.ofMegabytes(5)), clock);
		byte[] otherSigner = new LicenceSignatures(otherKeys, clock).sign(
				pdf.render(licence, "医保局", "http://localhost:8080/verify/" + licence.id()), otherKeys.of("YBJ", "医保局"),
				"医保局", "forgery");
		assertThat(new LicenceSignatures(otherKeys, clock).problem(otherSigner)).as("valid for its own CA").isEmpty();
		LicenceCheck forged = licences.check(otherSigner);
		assertThat(forged.status()).isEqualTo(LicenceStatus.FORGED);
		assertThat(forged.holder()).isNull();

		assertThat(licences.check("not a pdf".getBytes()).status()).isEqualTo(LicenceStatus.FORGED);
	}

	@Test
	@DisplayName("R15.5: a licence is revoked with its grant (DecisionRevoked), expires after its last day, and an unknown id is unknown; a person is named masked")
	void revokedExpiredAndUnknown() {
		LicenceRecord licence = issued();
		LicenceCheck valid = licences.check(licence.id());
		assertThat(valid.status()).isEqualTo(LicenceStatus.VALID);
		assertThat(valid.holder()).startsWith(person.actor().name().substring(0, 1))
			.doesNotContain(person.actor().name().substring(1))
			.contains("*");
		assertThat(valid.creditCode()).isNull();
		assertThat(valid.printed()).as("a person's answers are theirs alone").isEmpty();

		clock.set(TestClock.DEMO_DAY.plusYears(1).atStartOfDay());
		assertThat(licences.check(licence.id()).status()).isEqualTo(LicenceStatus.EXPIRED);
		clock.reset();

		var revoked = new DecisionRevoked(licence.caseId(), licence.caseNumber(), "YBJ", MEDICAL_FILING,
				person.actor().id(), "经事后核查，承诺不实", "《中华人民共和国行政许可法》第六十九条", clock.instant());
		revocation.revoke(revoked);
		revocation.revoke(revoked);
		LicenceCheck check = licences.check(licence.id());
		assertThat(check.status()).isEqualTo(LicenceStatus.REVOKED);
		assertThat(check.revokedOn()).isEqualTo(TestClock.DEMO_DAY);
		assertThat(check.revocationReasons()).isEqualTo("经事后核查，承诺不实");

		assertThat(licences.check("DZZZ-" + "0".repeat(26)).status()).isEqualTo(LicenceStatus.UNKNOWN);
		assertThat(licences.check("<script>").status()).isEqualTo(LicenceStatus.UNKNOWN);
	}

	@Test
	@DisplayName("R6.3, R12.1: the page and the API of a licence say valid, revoked with date and reason, or unknown, naming a person masked and never by ID number")
	void thePublicVerificationShowsOnlyWhatTheLicenceShowsPublicly() {
		LicenceRecord licence = issued();
		String fullName = person.actor().name();
		String idNumber = person.residentId().value();

		assertThat(mvc.get().uri("/verify/" + licence.id()).with(from("10.18.0.1"))).hasStatusOk()
			.bodyText()
			.contains("有效", licence.id(), "异地就医备案凭证", licence.publicHolderName())
			.doesNotContain(fullName, idNumber, person.residentId().masked());
		assertThat(mvc.get()
			.uri("/api/v1/licences/" + licence.id() + "/verification")
			.header("Accept-Language", "en")
			.with(from("10.18.0.1"))).hasStatusOk()
			.bodyJson()
			.satisfies(json -> assertThat(json.getJson()).doesNotContain(fullName, idNumber))
			.extractingPath("$.status")
			.isEqualTo("VALID");

		revocation.revoke(new DecisionRevoked(licence.caseId(), licence.caseNumber(), "YBJ", MEDICAL_FILING,
				person.actor().id(), "经事后核查，承诺不实", "《中华人民共和国行政许可法》第六十九条", clock.instant()));
		assertThat(mvc.get().uri("/verify/" + licence.id()).with(from("10.18.0.1"))).hasStatusOk()
			.bodyText()
			.contains("已撤销", "2026年11月27日", "经事后核查，承诺不实");
		assertThat(mvc.get().uri("/api/v1/licences/" + licence.id() + "/verification").with(from("10.18.0.1")))
			.bodyJson()
			.extractingPath("$.revocationReasons")
			.isEqualTo("经事后核查，承诺不实");

		assertThat(mvc.get().uri("/verify/DZZZ-" + "1".repeat(26)).with(from("10.18.0.1"))).hasStatus(404)
			.bodyText()
			.contains("未找到");
		assertThat(mvc.get().uri("/api/v1/licences/nothing/verification").with(from("10.18.0.1"))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UNKNOWN");
	}

	@Test
	@DisplayName("R6.3: a PDF uploaded at /verify is valid as issued, forged with one byte changed; no file is refused")
	void theUploadTellsGenuineFromForged() throws Exception {
		byte[] genuine = issuedPdf(issued());
		byte[] changed = genuine.clone();
		changed[genuine.length / 2] ^= 0x01;

		assertThat(mvc.post().multipart().uri("/verify").file(pdfFile(genuine)).with(csrf()).with(from("10.18.0.2")))
			.hasStatusOk()
			.bodyText()
			.contains("有效");
		assertThat(mvc.post().multipart().uri("/verify").file(pdfFile(changed)).with(csrf()).with(from("10.18.0.2")))
			.hasStatus(422)
			.bodyText()
			.contains("伪造或已被篡改");
		assertThat(mvc.post()
			.multipart()
			.uri("/verify")
			.file(new MockMultipartFile("file", "x.pdf", "application/pdf", "%PDF-1.7 garbage".getBytes()))
			.with(csrf())
			.with(from("10.18.0.2"))).hasStatus(422);
		assertThat(mvc.post().multipart().uri("/verify").with(csrf()).with(from("10.18.0.2"))).hasStatus(400)
			.bodyText()
			.contains("请选择证照PDF文件");
	}

	@Test
	@DisplayName("R6.3, R12.4: the public verification is rate-limited per client address: 429 with a localized message")
	void theVerificationIsRateLimited() {
		String address = "10.18.0.3";
		for (int i = 0; i < 100; i++) {
			assertThat(mvc.get().uri("/api/v1/licences/DZZZ-" + "2".repeat(26) + "/verification").with(from(address)))
				.hasStatusOk();
		}
		assertThat(mvc.get().uri("/verify/DZZZ-" + "2".repeat(26)).with(from(address))).hasStatus(429)
			.bodyText()
			.contains("核验过于频繁");
		assertThat(mvc.get()
			.uri("/api/v1/licences/DZZZ-" + "2".repeat(26) + "/verification")
			.header("Accept-Language", "en")
			.with(from(address))).hasStatus(429).containsHeader("Retry-After").bodyText().contains("Too many checks");
	}

	@Test
	@DisplayName("R6.3: the applicant's application names its licence, with the link to its verification, lists it among its documents and downloads it; nobody else can")
	void theApplicantDownloadsTheLicenceFromTheApplication() throws Exception {
		LicenceRecord licence = issued();
		String page = "/my/applications/" + licence.caseNumber();

		assertThat(mvc.get().uri(page).with(authentication(new ActorAuthentication(person.actor())))).hasStatusOk()
			.bodyText()
			.contains("电子证照编号：" + licence.id(), "href=\"/verify/" + licence.id() + "\"",
					"/documents/" + licence.attachmentId());
		var json = assertThat(mvc.get()
			.uri("/api/v1/applications/" + licence.caseNumber())
			.with(authentication(new ActorAuthentication(person.actor())))).hasStatusOk().bodyJson();
		json.extractingPath("$.licence.id").isEqualTo(licence.id());
		json.extractingPath("$.licence.validUntil").isEqualTo(licence.validUntil().toString());
		assertThat(mvc.get()
			.uri(page + "/documents/" + licence.attachmentId())
			.with(authentication(new ActorAuthentication(person.actor())))).hasStatusOk()
			.hasContentType("application/pdf")
			.body()
			.isEqualTo(issuedPdf(licence));
		Actor stranger = new TestAccounts(accounts).person().actor();
		assertThat(mvc.get()
			.uri(page + "/documents/" + licence.attachmentId())
			.with(authentication(new ActorAuthentication(stranger)))).hasStatus(404);
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static MockMultipartFile pdfFile(byte[] pdf) {
		return new MockMultipartFile("file", "licence.pdf", "application/pdf", pdf);
	}

	LicenceRecord issued() {
		Application application = submitted();
		issuer.issue(new CaseEnded(application.id(), number(application), ApplicationStatus.GRANTED, clock.instant()));
		return licences.ofCase(application.id()).orElseThrow();
	}

	byte[] issuedPdf(LicenceRecord licence) throws IOException {
		try (var content = attachments.open(licence.attachmentId())) {
			return content.stream().readAllBytes();
		}
	}

	/** A filing for long-term residence elsewhere, submitted without a commitment. */
	Application submitted() {
		Actor applicant = person.actor();
		Application draft = drafts.start(applicant, MEDICAL_FILING);
		drafts.save(applicant, draft.id(),
				Map.of("insuranceType", List.of("EMPLOYEE"), "byAgent", List.of("NO"), "filingType",
						List.of("LONG_TERM_RESIDENT"), "province", List.of("11"), "city", List.of("北京市"), "startDate",
						List.of("2026-12-01")));
		materials.attach(applicant, draft.id(), "M02", "M02.pdf",
				new ByteArrayInputStream(SampleFiles.pdf("declaration of " + draft.id())));
		submissions.submit(applicant, draft.id(), UUID.randomUUID().toString());
		return caseFiles.get(draft.id());
	}

	static String number(Application application) {
		return application.receipt().orElseThrow().number();
	}

}
