package org.tongban.application.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.tongban.application.web.ApplicantApi.body;
import static org.tongban.application.web.ApplicantApi.read;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.application.BundleApplication;
import org.tongban.application.BundleApplications;
import org.tongban.application.CombinedMaterial;
import org.tongban.application.EnterpriseStartBundles;
import org.tongban.application.FoodLicenceApplications;
import org.tongban.application.FoodLicenceApplications.Restaurant;
import org.tongban.application.Receipt;
import org.tongban.application.web.ApplicantApi;
import org.tongban.identity.Actor;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.LogInMethod;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.identity.login.ApiTokens;
import org.tongban.participation.Satisfaction;
import org.tongban.participation.rating.VisitRatings;
import org.tongban.storage.SampleFiles;
import org.tongban.support.QrCodes;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/**
 * R4.5, R2.5 on the web: at the desk's matter step a bundle (一件事) is another choice; the
 * clerk fills in its combined form, scans its one set of materials, checks and submits,
 * and prints a receipt with the bundle's number, query code and every member's number;
 * the hall's system does the same through the window API. The enterprise then finds the
 * bundle in /my. The receipt leads to rating the visit, once (R15.8).
 */
@IdentityTest
class WindowBundleWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	WalkInFixtures walkIns;

	@Autowired
	WindowDesk desk;

	@Autowired
	BundleApplications bundles;

	@Autowired
	FoodLicenceApplications food;

	@Autowired
	VisitRatings visits;

	@Test
	@DisplayName("R4.5, R2.5: the desk's pages register the 企业开办 bundle up to the printed receipt with every number")
	void theDeskPagesRegisterABundleUpToTheReceipt() {
		Actor clerk = walkIns.windowClerk();
		Restaurant enterprise = walkInEnterprise();
		MvcTestResult identified = post(clerk, null, "/window/identify/enterprise",
				Map.of("creditCode", enterprise.creditCode().value()));
		assertThat(identified).hasRedirectedUrl("/window/matter");
		Cookie session = identified.getResponse().getCookie(WindowDeskWebTests.SESSION);
		assertThat(get(clerk, session, "/window/matter")).hasStatusOk().bodyText().contains("企业开办一件事");
		assertThat(post(clerk, session, "/window/bundle", Map.of())).hasStatusOk().bodyText().contains("请选择申请的一件事");

		MvcTestResult started = post(clerk, session, "/window/bundle",
				Map.of("bundleCode", EnterpriseStartBundles.BUNDLE));
		String formPath = started.getResponse().getRedirectedUrl();
		assertThat(formPath).matches("/window/bundles/[0-9a-f-]{36}/form");
		UUID id = UUID.fromString(formPath.split("/")[3]);
		String bundlePath = "/window/bundles/" + id;
		assertThat(get(clerk, null, formPath)).hasStatusOk()
			.bodyText()
			.contains(enterprise.creditCode().value(), "企业设立登记");
		// An invalid answer stands next to its field, as online.
		assertThat(post(clerk, null, formPath, Map.of("contactMobile", "123"))).hasStatusOk().bodyText().contains("错误");

		var answers = new LinkedHashMap<String, String>();
		EnterpriseStartBundles.answers(desk.bundleForm(clerk, id))
			.forEach((key, values) -> answers.put(key, values.get(0)));
		assertThat(post(clerk, null, formPath, answers)).hasRedirectedUrl(bundlePath + "/materials");
		assertThat(get(clerk, null, bundlePath + "/materials")).hasStatusOk().bodyText().contains("授权委托书");
		List<String> required = desk.bundleMaterials(clerk, id)
			.stream()
			.filter(CombinedMaterial::required)
			.map(CombinedMaterial::key)
			.toList();
		// A scan is a PDF or an image.
		assertThat(scan(clerk, bundlePath + "/materials/" + required.get(0), "scan.ofd", SampleFiles.ofd()))
			.hasStatusOk()
			.bodyText()
			.contains("PDF");
		required.forEach(key -> assertThat(
				scan(clerk, bundlePath + "/materials/" + key, key + ".pdf", SampleFiles.pdf("scan " + key + id)))
			.hasRedirectedUrl(bundlePath + "/materials#material-" + key));

		MvcTestResult check = get(clerk, null, bundlePath + "/check");
		assertThat(check).hasStatusOk().bodyText().contains("D市海风科技有限公司");
		String token = body(check).replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
		MvcTestResult submitted = post(clerk, null, bundlePath + "/submit", Map.of("token", token));
		assertThat(submitted).hasStatus(303);
		String receiptPath = submitted.getResponse().getRedirectedUrl();
		assertThat(receiptPath).matches("/window/bundle-receipts/TB\\d{14,}");

		BundleApplication bundle = bundles.byNumber(enterprise.enterprise(), receiptPath.substring(24));
		assertThat(get(clerk, null, receiptPath)).hasStatusOk()
			.bodyText()
			.contains(bundle.number(), bundles.receipt(enterprise.enterprise(), id).orElseThrow().queryCode(), "综合窗口")
			.contains(bundle.members().stream().map(BundleApplication.Member::number).toList());
		// The draft's pages lead to the receipt once submitted; another clerk finds
		// nothing.
		assertThat(get(clerk, null, formPath)).hasStatus(303).hasRedirectedUrl(receiptPath);
		assertThat(get(walkIns.windowClerk(), null, receiptPath)).hasStatus(404);
		assertThat(get(walkIns.windowClerk(), null, bundlePath + "/check")).hasStatus(404);
		// The enterprise finds the bundle in /my and follows it online.
		assertThat(get(enterprise.enterprise(), null, "/my")).hasStatusOk().bodyText().contains(bundle.number());
		assertThat(get(enterprise.enterprise(), null, "/my/bundles/" + bundle.number())).hasStatusOk();
	}

	@Test
	@DisplayName("R4.5, R2.5: the window API registers a bundle for a walk-in enterprise, scans once, submits once")
	void theWindowApiRegistersABundle() {
		Actor clerk = walkIns.windowClerk();
		ApplicantApi hall = new ApplicantApi(mvc, tokens.issue(clerk.id(), LogInMethod.PASSWORD).token(),
				TestAccounts.clientAddress());
		Restaurant enterprise = walkInEnterprise();

		assertThat(hall.post("/api/v1/window/bundle-applications",
				Map.of("applicantKind", "LEGAL_PERSON", "creditCode", enterprise.creditCode().value())))
			.hasStatus(400);
		MvcTestResult created = hall.post("/api/v1/window/bundle-applications", Map.of("applicantKind", "LEGAL_PERSON",
				"creditCode", enterprise.creditCode().value(), "bundleCode", EnterpriseStartBundles.BUNDLE));
		assertThat(created).hasStatus(201);
		String id = read(created, "$.id");
		String path = "/api/v1/window/bundle-applications/" + id;
		assertThat(hall.get(path)).hasStatusOk();
		assertThat(new ApplicantApi(mvc, tokens.issue(walkIns.windowClerk().id(), LogInMethod.PASSWORD).token(),
				TestAccounts.clientAddress())
			.get(path)).hasStatus(404);

		Map<String, Object> answers = new LinkedHashMap<>(
				EnterpriseStartBundles.answers(desk.bundleForm(clerk, UUID.fromString(id))));
		assertThat(hall.request(mvc.patch()
			.uri(path + "/answers")
			.contentType("application/json")
			.content(JsonMapper.builder().build().writeValueAsString(Map.of("answers", answers))))).hasStatusOk();
		for (CombinedMaterial material : desk.bundleMaterials(clerk, UUID.fromString(id))) {
			if (material.required()) {
				MvcTestResult scanned = hall.request(mvc.post()
					.uri(path + "/materials/" + material.key())
					.multipart()
					.file(new MockMultipartFile("file", material.key() + ".png", "application/octet-stream",
							SampleFiles.png(40, 30))));
				assertThat(scanned).hasStatus(201);
				assertThat(JsonPath.<Boolean>read(body(scanned), "$.scannedAtWindow")).isTrue();
			}
		}
		MvcTestResult submitted = hall
			.request(mvc.post().uri(path + "/submission").header("Idempotency-Key", "window-" + id));
		assertThat(submitted).hasStatus(201);
		String number = read(submitted, "$.number");
		assertThat(bundles.mine(enterprise.enterprise())).extracting(BundleApplication::number).contains(number);
	}

	@Test
	@DisplayName("R15.8, R2.5: the bundle's receipt carries the link and QR code to rate the visit; following it with the bundle's query code rates the visit once, tied to the clerk")
	void theBundleReceiptLeadsToRatingTheVisitOnce() {
		Actor clerk = walkIns.windowClerk();
		Receipt receipt = registeredBundle(clerk, walkInEnterprise());

		String page = body(get(clerk, null, "/window/bundle-receipts/" + receipt.number()));
		String link = page.replaceAll("(?s).*<a id=\"rate-visit\" href=\"([^\"]+)\".*", "$1");
		assertThat(link).endsWith("/rate-visit?number=" + receipt.number());
		String qr = page.replaceAll("(?s).*<img src=\"data:image/png;base64,([^\"]+)\".*", "$1");
		assertThat(QrCodes.inImage(Base64.getDecoder().decode(qr))).as("the QR code beside it").isEqualTo(link);
		String path = link.substring(link.indexOf("/rate-visit"));
		assertThat(mvc.get().uri(path).with(anonymous())).hasStatusOk()
			.bodyText()
			.contains("value=\"" + receipt.number() + "\"");

		String visitor = TestAccounts.clientAddress();
		assertThat(rate(receipt, "SATISFIED", visitor)).hasStatusOk().bodyText().contains("感谢您的评价", receipt.number());
		assertThat(visits.of(receipt.number())).hasValueSatisfying(rating -> {
			assertThat(rating.clerkId()).as("tied to the clerk who registered the bundle").isEqualTo(clerk.id());
			assertThat(rating.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
		});
		assertThat(rate(receipt, "VERY_DISSATISFIED", visitor)).as("once per visit")
			.hasStatusOk()
			.bodyText()
			.contains("已经评价过");
		assertThat(visits.of(receipt.number()).orElseThrow().satisfaction()).isEqualTo(Satisfaction.SATISFIED);
	}

	/**
	 * The 企业开办 bundle of the walk-in enterprise, registered and submitted by the clerk.
	 */
	private Receipt registeredBundle(Actor clerk, Restaurant enterprise) {
		Actor applicant = desk.identifyEnterprise(clerk, enterprise.creditCode().value());
		UUID id = desk.startBundle(clerk, applicant, EnterpriseStartBundles.BUNDLE).id();
		desk.saveBundle(clerk, id, EnterpriseStartBundles.answers(desk.bundleForm(clerk, id)));
		desk.bundleMaterials(clerk, id)
			.stream()
			.filter(CombinedMaterial::required)
			.forEach(material -> desk.scanForBundle(clerk, id, material.key(), material.key() + ".pdf",
					new ByteArrayInputStream(SampleFiles.pdf("scan " + material.key() + id))));
		return desk.submitBundle(clerk, id, UUID.randomUUID().toString());
	}

	/**
	 * Rates the visit of the receipt from its page, as whoever holds it, from an address
	 * of its own (the posts are limited per address).
	 */
	private MvcTestResult rate(Receipt receipt, String satisfaction, String address) {
		return mvc.post()
			.uri("/rate-visit")
			.param("number", receipt.number())
			.param("queryCode", receipt.queryCode())
			.param("satisfaction", satisfaction)
			.with(anonymous())
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})
			.with(csrf())
			.exchange();
	}

	/** An enterprise with an account whose agent walks in. */
	private Restaurant walkInEnterprise() {
		Restaurant enterprise = food.restaurant();
		walkIns.enterprise(enterprise.creditCode(), enterprise.agent().actor().name(), enterprise.agent().residentId());
		return enterprise;
	}

	private MvcTestResult get(Actor actor, Cookie session, String uri) {
		var request = mvc.get().uri(uri).with(authentication(new ActorAuthentication(actor)));
		if (session != null) {
			request.cookie(session);
		}
		return request.exchange();
	}

	private MvcTestResult post(Actor actor, Cookie session, String uri, Map<String, String> form) {
		var request = mvc.post().uri(uri).with(authentication(new ActorAuthentication(actor))).with(csrf());
		if (session != null) {
			request.cookie(session);
		}
		form.forEach(request::param);
		return request.exchange();
	}

	private MvcTestResult scan(Actor clerk, String uri, String name, byte[] content) {
		return mvc.post()
			.uri(uri)
			.multipart()
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.with(authentication(new ActorAuthentication(clerk)))
			.with(csrf())
			.exchange();
	}

}
