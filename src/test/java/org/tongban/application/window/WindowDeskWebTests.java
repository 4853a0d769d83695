package org.tongban.application.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.tongban.application.web.ApplicantApi.body;
import static org.tongban.application.web.ApplicantApi.read;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.application.web.ApplicantApi;
import org.tongban.approval.CaseWork;
import org.tongban.exchange.registry.PersonRecord;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.LogInMethod;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.identity.login.ApiTokens;
import org.tongban.storage.SampleFiles;

import com.jayway.jsonpath.JsonPath;

/**
 * R4.5, R13.4 on the web: the hall's system registers a walk-in application through the
 * window API and the applicant, registered later with the verified number, follows it in
 * the applicant API with its scans; the desk's pages say in plain words why an
 * identification is refused, and refuse a department's own clerk; the department's case
 * page shows that the application was made at the window.
 */
@IdentityTest
class WindowDeskWebTests {

	/** The cookie of the session (Spring Session). */
	static final String SESSION = "__Host-TONGBAN_SESSION";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Accounts accounts;

	@Autowired
	WalkInFixtures walkIns;

	@Autowired
	CaseWork work;

	@Test
	@DisplayName("R4.5, R13.4: the window API registers for a walk-in person, who follows it in the applicant API")
	void theWindowApiRegistersAndTheApplicantFollowsOnline() {
		Actor clerk = walkIns.windowClerk();
		ApplicantApi hall = new ApplicantApi(mvc, tokens.issue(clerk.id(), LogInMethod.PASSWORD).token(),
				TestAccounts.clientAddress());
		PersonRecord person = walkIns.person();

		MvcTestResult badCheckDigit = hall.post("/api/v1/window/applications",
				Map.of("applicantKind", "NATURAL_PERSON", "name", person.name(), "residentId",
						person.id().value().substring(0, 17) + (person.id().value().endsWith("1") ? "2" : "1"),
						"matterCode", WalkInFixtures.NURSE_REGISTRATION));
		assertThat(badCheckDigit).hasStatus(400);
		assertThat(read(badCheckDigit, "$.parameter")).isEqualTo("residentId");
		assertThat(read(badCheckDigit, "$.detail")).contains("校验码");

		MvcTestResult created = hall.post("/api/v1/window/applications",
				Map.of("applicantKind", "NATURAL_PERSON", "name", person.name(), "residentId", person.id().value(),
						"matterCode", WalkInFixtures.NURSE_REGISTRATION));
		assertThat(created).hasStatus(201);
		String id = read(created, "$.id");
		assertThat(read(created, "$.channel")).isEqualTo("WINDOW");
		assertThat(JsonPath.<List<String>>read(body(created), "$.answers.idNumber"))
			.containsExactly(person.id().value());

		assertThat(hall.put("/api/v1/window/applications/" + id,
				Map.of("answers", Map.of("idNumber", "11010519491231002X"))))
			.hasStatus(422);
		assertThat(hall.put("/api/v1/window/applications/" + id, Map.of("answers", WindowDeskTests.nurseAnswers())))
			.hasStatusOk();
		assertThat(scan(hall, id, "M03", "diploma.ofd", SampleFiles.ofd())).hasStatus(400);
		MvcTestResult scanned = scan(hall, id, "M03", "diploma.pdf", SampleFiles.pdf("diploma"));
		assertThat(scanned).hasStatus(201);
		assertThat(JsonPath.<Boolean>read(body(scanned), "$.scannedAtWindow")).isTrue();
		assertThat(scan(hall, id, "M05", "contract.png", SampleFiles.png(40, 30))).hasStatus(201);
		MvcTestResult submitted = hall.request(mvc.post()
			.uri("/api/v1/window/applications/" + id + "/submit")
			.header("Idempotency-Key", "window-" + id));
		assertThat(submitted).hasStatus(201);
		String number = read(submitted, "$.number");

		// Registered later with the verified number, the person finds it as their own.
		Actor registered = accounts.registerNaturalPerson(person.name(), person.id(), TestAccounts.mobile(),
				TestAccounts.PASSWORD);
		ApplicantApi applicant = new ApplicantApi(mvc,
				ApplicantApi.logIn(mvc, person.id().value(), TestAccounts.PASSWORD), TestAccounts.clientAddress());
		MvcTestResult seen = applicant.get("/api/v1/applications/" + number);
		assertThat(seen).hasStatusOk();
		assertThat(read(seen, "$.channel")).isEqualTo("WINDOW");
		assertThat(JsonPath.<List<Boolean>>read(body(seen), "$.materials[*].scannedAtWindow")).containsExactly(true,
				true);
		// In their materials library, to reuse, marked as scanned at the window.
		assertThat(page(registered, null, "/my/materials")).hasStatusOk()
			.bodyText()
			.contains("diploma.pdf", "contract.png", "窗口扫描件");

		// The department's staff see where it was made, on the case page and in their
		// API.
		Actor wjwClerk = walkIns.accounts()
			.staff(TestAccounts.accountName(), DepartmentRole.of(Role.WINDOW_CLERK, "WJW"));
		await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> work.open(wjwClerk, number) != null);
		assertThat(mvc.get().uri("/staff/cases/" + number).with(authentication(new ActorAuthentication(wjwClerk))))
			.hasStatusOk()
			.bodyText()
			.contains("综合窗口代为申请", "窗口扫描件");
		ApplicantApi department = new ApplicantApi(mvc, tokens.issue(wjwClerk.id(), LogInMethod.PASSWORD).token(),
				TestAccounts.clientAddress());
		assertThat(read(department.get("/api/v1/staff/cases/" + number), "$.channel")).isEqualTo("WINDOW");
		// The window clerk does not find the case in the staff API: it is the
		// department's.
		assertThat(hall.get("/api/v1/staff/cases/" + number).getResponse().getStatus()).isIn(403, 404);
	}

	@Test
	@DisplayName("R4.5: the desk's pages tell why an identification is refused, and refuse a department's own clerk")
	void theDeskPagesRefuseWithClearMessages() {
		Actor clerk = walkIns.windowClerk();

		assertThat(page(clerk, null, "/window")).hasStatusOk().bodyText().contains("为个人登记申请");
		assertThat(identify(clerk, "person", Map.of("name", "无名氏", "residentId", TestAccounts.residentId().value())))
			.hasStatusOk()
			.bodyText()
			.contains("人口基础信息库中没有这个居民身份证号码");
		assertThat(identify(clerk, "enterprise", Map.of("creditCode", "91210202MA0Q5K7D3X"))).hasStatusOk()
			.bodyText()
			.contains("统一社会信用代码的校验码");
		// Without an applicant identified, the matter step leads back to the desk.
		assertThat(page(clerk, null, "/window/matter")).hasRedirectedUrl("/window");

		PersonRecord person = walkIns.person();
		MvcTestResult identified = identify(clerk, "person",
				Map.of("name", person.name(), "residentId", person.id().value()));
		assertThat(identified).hasRedirectedUrl("/window/matter");
		// The applicant identified is kept in the clerk's session, never in an address.
		Cookie session = identified.getResponse().getCookie(SESSION);
		assertThat(page(clerk, session, "/window/matter")).hasStatusOk().bodyText().contains(person.name(), "护士执业注册");

		Actor departmentClerk = walkIns.accounts()
			.staff(TestAccounts.accountName(), DepartmentRole.of(Role.WINDOW_CLERK, "SCJGJ"));
		assertThat(page(departmentClerk, null, "/window")).hasStatus(403);
	}

	private MvcTestResult identify(Actor clerk, String kind, Map<String, String> form) {
		var request = mvc.post()
			.uri("/window/identify/" + kind)
			.with(authentication(new ActorAuthentication(clerk)))
			.with(csrf());
		form.forEach(request::param);
		return request.exchange();
	}

	private MvcTestResult page(Actor actor, Cookie session, String uri) {
		var request = mvc.get().uri(uri).with(authentication(new ActorAuthentication(actor)));
		if (session != null) {
			request.cookie(session);
		}
		return request.exchange();
	}

	private MvcTestResult scan(ApplicantApi hall, String id, String material, String name, byte[] content) {
		return hall.request(mvc.post()
			.uri("/api/v1/window/applications/" + id + "/materials")
			.multipart()
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.param("material", material));
	}

}
