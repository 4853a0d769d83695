package org.tongban.licence.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.application.AnswerSource;
import org.tongban.application.Application;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.CaseFiles;
import org.tongban.application.Drafts;
import org.tongban.application.FoodLicenceApplications;
import org.tongban.application.FoodLicenceApplications.Restaurant;
import org.tongban.application.Renewals;
import org.tongban.application.Submissions;
import org.tongban.approval.CaseWork;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.licence.internal.LicenceFixtures;
import org.tongban.licence.internal.LicenceRecord;
import org.tongban.notification.EmailAddress;
import org.tongban.notification.outbox.Contacts;
import org.tongban.storage.SampleFiles;
import org.tongban.support.AuditProbe;
import org.tongban.support.TestClock;

/**
 * R15.5, 行政许可法 art. 50: 30 days before a licence expires its holder is reminded once, in
 * the app, by SMS and by e-mail, with the link to renew it (a revoked licence not); the
 * holder alone starts its renewal, a draft of the same matter filled in from the
 * licence's application; a renewal submitted before expiry and not decided by the end of
 * the licence's last valid day renews it by law, once, recorded, and its verification
 * shows the extended validity; submitted late, or decided in time, it does not.
 */
@IdentityTest
class LicenceRenewalTests {

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
	Renewals renewalApplications;

	@Autowired
	FoodLicenceApplications food;

	@Autowired
	LicenceFixtures licences;

	@Autowired
	LicenceRenewals renewals;

	@Autowired
	CaseWork work;

	@Autowired
	Contacts contacts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	@DisplayName("R15.5: the holder is reminded exactly 30 days before expiry, in the app, by SMS and by e-mail, with the link to renew, once; audited")
	void aReminderThirtyDaysBeforeExpiryOnce() {
		TestAccounts.Person person = new TestAccounts(accounts).person();
		contacts.setEmail(person.actor().id(), EmailAddress.parse("holder-" + person.actor().id() + "@example.com"));
		LicenceRecord licence = medicalFiling(person.actor());
		LocalDate expiry = licence.validUntil();

		clock.set(expiry.minusDays(31).atTime(9, 0));
		assertThat(renewals.remind()).doesNotContain(licence.id());
		assertThat(notices(person.actor().id(), "RENEWAL_DUE")).isEmpty();

		clock.set(expiry.minusDays(30).atTime(9, 0));
		assertThat(renewals.remind()).contains(licence.id());
		clock.advance(Duration.ofDays(1));
		assertThat(renewals.remind()).doesNotContain(licence.id());

		String link = "/my/licences/" + licence.id() + "/renewal";
		assertThat(notices(person.actor().id(), "RENEWAL_DUE")).containsExactlyInAnyOrder("IN_APP " + link,
				"SMS " + link, "EMAIL " + link);
		assertThat(new AuditProbe(jdbc).platformActions("licence", licence.id()))
			.containsOnlyOnce("licence.renewal.remind");
	}

	@Test
	@DisplayName("R15.5: two nodes scanning at the same moment remind once: the reminder's row claims it")
	void twoNodesRemindOnce() throws Exception {
		Actor holder = new TestAccounts(accounts).person().actor();
		LicenceRecord licence = medicalFiling(holder);
		clock.set(licence.validUntil().minusDays(30).atTime(9, 0));

		var start = new java.util.concurrent.CyclicBarrier(2);
		java.util.concurrent.Callable<List<String>> scan = () -> {
			start.await();
			return renewals.remind();
		};
		var nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var first = nodes.submit(scan);
			var second = nodes.submit(scan);
			assertThat(java.util.stream.Stream.of(first.get(), second.get()).flatMap(List::stream))
				.containsOnlyOnce(licence.id());
		}
		finally {
			nodes.shutdownNow();
		}
		assertThat(notices(holder.id(), "RENEWAL_DUE")).hasSize(2);
	}

	@Test
	@DisplayName("R15.5: a revoked licence is not reminded of, nor renewed (409 with the reason)")
	void aRevokedLicenceIsNeitherRemindedNorRenewed() {
		Actor holder = new TestAccounts(accounts).person().actor();
		LicenceRecord licence = medicalFiling(holder);
		licences.revoke(licence);

		clock.set(licence.validUntil().minusDays(30).atTime(9, 0));
		assertThat(renewals.remind()).doesNotContain(licence.id());
		assertThat(notices(holder.id(), "RENEWAL_DUE")).isEmpty();

		assertThat(mvc.post().uri(renewalApi(licence)).with(as(holder))).hasStatus(409)
			.bodyText()
			.contains("这张证照已撤销，不能申请延续。");
		assertThat(mvc.post().uri(renewalPage(licence)).with(as(holder)).with(csrf())).hasStatus(409);
	}

	@Test
	@DisplayName("R15.5: only the holder starts the renewal, a draft of the same matter filled in from the licence's application and recording the licence; another applicant 404, staff 403")
	void theHolderStartsTheRenewalFilledIn() {
		Restaurant restaurant = food.restaurant();
		Actor holder = restaurant.enterprise();
		LicenceRecord licence = foodLicence(restaurant);
		Actor stranger = new TestAccounts(accounts).person().actor();
		Actor clerk = new TestAccounts(accounts).staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.WINDOW_CLERK, "SCJGJ"));

		assertThat(mvc.get().uri(renewalPage(licence)).with(as(stranger))).hasStatus(404);
		assertThat(mvc.post().uri(renewalPage(licence)).with(as(stranger)).with(csrf())).hasStatus(404);
		assertThat(mvc.post().uri(renewalApi(licence)).with(as(stranger))).hasStatus(404);
		assertThat(mvc.post().uri(renewalPage(licence)).with(as(clerk)).with(csrf())).hasStatus(403);
		assertThat(mvc.post().uri(renewalApi(licence)).with(as(clerk))).hasStatus(403);
		assertThat(renewalApplications.of(licence.id())).isEmpty();

		assertThat(mvc.get().uri(renewalPage(licence)).with(as(holder))).hasStatusOk()
			.bodyText()
			.contains(licence.id(), "申请延续", "第五十条");
		MvcTestResult started = mvc.post().uri(renewalPage(licence)).with(as(holder)).with(csrf()).exchange();
		assertThat(started).hasStatus3xxRedirection();
		String location = started.getResponse().getRedirectedUrl();
		assertThat(location).matches("/apply/drafts/[0-9a-f-]{36}");
		UUID draftId = UUID.fromString(location.substring("/apply/drafts/".length()));

		Application draft = drafts.get(holder, draftId);
		assertThat(draft.isDraft()).isTrue();
		assertThat(draft.matterCode()).isEqualTo(FoodLicenceApplications.MATTER);
		assertThat(draft.answers().value("premisesAddress")).isEqualTo("D市中山区人民路88号");
		assertThat(draft.answers().values("items")).containsExactly("HOT", "COLD");
		assertThat(draft.answers().value("safetyManager")).isEqualTo("王小红");
		assertThat(draft.answers().values("truthful")).as("a declaration is given anew").isEmpty();
		assertThat(draft.sources().get("safetyManager"))
			.isEqualTo(new AnswerSource(AnswerSource.Kind.EARLIER_APPLICATION, licence.caseNumber()));
		assertThat(renewalApplications.of(licence.id())).extracting(Application::id).containsExactly(draftId);

		var json = assertThat(mvc.post().uri(renewalApi(licence)).with(as(holder))).hasStatus(201).bodyJson();
		json.extractingPath("$.draftId").as("the renewal under way is continued").isEqualTo(draftId.toString());
		json.extractingPath("$.renewsLicenceId").isEqualTo(licence.id());
		assertThat(new AuditProbe(jdbc).of("licence", licence.id())).extracting(AuditProbe.Row::action)
			.contains("licence.renewal.view", "licence.renewal.start");
	}

	@Test
	@DisplayName("R15.5: a licence without expiry needs no renewal (409)")
	void aLicenceWithoutExpiryIsNotRenewed() {
		Restaurant restaurant = food.restaurant();
		LicenceRecord licence = foodLicence(restaurant);
		jdbc.sql("update licence_licence set valid_until = null where id = :id").param("id", licence.id()).update();

		assertThat(mvc.post().uri(renewalApi(licence)).with(as(restaurant.enterprise()))).hasStatus(409)
			.bodyText()
			.contains("长期有效");
	}

	@Test
	@DisplayName("R15.5, art. 50: a renewal submitted in time and undecided at expiry extends the licence by its period, once, recorded, audited, told, and shown by /verify")
	void aRenewalUndecidedAtExpiryIsDeemedGranted() {
		Restaurant restaurant = food.restaurant();
		LicenceRecord licence = foodLicence(restaurant);
		LocalDate expiry = licence.validUntil();
		Application renewal = submittedRenewal(restaurant, licence);

		clock.set(expiry.atTime(23, 0));
		assertThat(renewals.deem()).extracting(DeemedRenewal::licenceId).doesNotContain(licence.id());

		clock.set(expiry.plusDays(1).atTime(0, 30));
		assertThat(renewals.deem()).filteredOn(deemed -> deemed.licenceId().equals(licence.id()))
			.singleElement()
			.satisfies(deemed -> {
				assertThat(deemed.oldValidUntil()).isEqualTo(expiry);
				assertThat(deemed.newValidUntil()).isEqualTo(expiry.plusYears(5));
				assertThat(deemed.renewalCaseId()).isEqualTo(renewal.id());
			});
		assertThat(renewals.deem()).extracting(DeemedRenewal::licenceId).doesNotContain(licence.id());

		assertThat(renewals.deemedRenewals(licence.id())).singleElement()
			.satisfies(deemed -> assertThat(deemed.renewalCaseNumber()).isEqualTo(renewal.number()));
		var verification = assertThat(
				mvc.get().uri("/api/v1/licences/" + licence.id() + "/verification").with(request -> {
					request.setRemoteAddr("10.18.5.1");
					return request;
				}))
			.hasStatusOk()
			.bodyJson();
		verification.extractingPath("$.status").isEqualTo("VALID");
		verification.extractingPath("$.validUntil").isEqualTo(expiry.plusYears(5).toString());
		verification.extractingPath("$.deemedRenewedOn").isEqualTo(expiry.plusDays(1).toString());
		assertThat(mvc.get().uri("/verify/" + licence.id()).with(request -> {
			request.setRemoteAddr("10.18.5.1");
			return request;
		})).hasStatusOk().bodyText().contains("有效", "视为准予延续", "第五十条");
		assertThat(notices(restaurant.enterprise().id(), "DEEMED_RENEWED"))
			.contains("IN_APP /my/applications/" + renewal.number());
		assertThat(notices(restaurant.agent().actor().id(), "DEEMED_RENEWED"))
			.contains("SMS /my/applications/" + renewal.number());
		assertThat(new AuditProbe(jdbc).platformActions("licence", licence.id()))
			.containsOnlyOnce("licence.renewal.deem");
	}

	@Test
	@DisplayName("R15.5, art. 50: a renewal submitted after expiry renews nothing")
	void aRenewalSubmittedLateIsNotDeemedGranted() {
		Restaurant restaurant = food.restaurant();
		LicenceRecord licence = foodLicence(restaurant);
		LocalDate expiry = TestClock.DEMO_DAY.minusDays(1);
		jdbc.sql("update licence_licence set valid_until = :until where id = :id")
			.param("until", expiry)
			.param("id", licence.id())
			.update();
		submittedRenewal(restaurant, licence);

		assertThat(renewals.deem()).extracting(DeemedRenewal::licenceId).doesNotContain(licence.id());
		assertThat(renewals.deemedRenewals(licence.id())).isEmpty();
		assertThat(jdbc.sql("select valid_until from licence_licence where id = :id")
			.param("id", licence.id())
			.query(LocalDate.class)
			.single()).isEqualTo(expiry);
	}

	@Test
	@DisplayName("R15.5, art. 50: a renewal decided before expiry renews nothing by law")
	void aDecidedRenewalIsNotDeemedGranted() {
		Restaurant restaurant = food.restaurant();
		LicenceRecord licence = foodLicence(restaurant);
		Application renewal = submittedRenewal(restaurant, licence);
		Actor clerk = new TestAccounts(accounts).staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.WINDOW_CLERK, "SCJGJ"));
		await().atMost(Duration.ofSeconds(30))
			.ignoreExceptions()
			.until(() -> work.open(clerk, renewal.number()).step().equals("ACCEPTANCE"));
		work.refuse(clerk, renewal.number(), "申请事项依法不属于本行政机关职权范围。", "《中华人民共和国行政许可法》第三十二条");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> caseFiles.get(renewal.id()).status() == ApplicationStatus.REFUSED);

		clock.set(licence.validUntil().plusDays(1).atTime(0, 30));
		assertThat(renewals.deem()).extracting(DeemedRenewal::licenceId).doesNotContain(licence.id());
		assertThat(renewals.deemedRenewals(licence.id())).isEmpty();
	}

	@Test
	@DisplayName("R15.5: the grant of a renewal issues the new licence, which replaces the one renewed")
	void aGrantedRenewalReplacesTheLicenceItRenews() {
		Restaurant restaurant = food.restaurant();
		LicenceRecord licence = foodLicence(restaurant);
		Application renewal = submittedRenewal(restaurant, licence);

		LicenceRecord renewed = licences.issue(renewal.id(), renewal.number());

		assertThat(renewed.id()).isNotEqualTo(licence.id());
		var old = assertThat(mvc.get().uri("/api/v1/licences/" + licence.id() + "/verification").with(request -> {
			request.setRemoteAddr("10.18.5.2");
			return request;
		})).hasStatusOk().bodyJson();
		old.extractingPath("$.status").isEqualTo("REPLACED");
		old.extractingPath("$.replacedBy").isEqualTo(renewed.id());
		old.extractingPath("$.history[-1].kind").isEqualTo("RENEWED");
		var fresh = assertThat(mvc.get().uri("/api/v1/licences/" + renewed.id() + "/verification").with(request -> {
			request.setRemoteAddr("10.18.5.2");
			return request;
		})).hasStatusOk().bodyJson();
		fresh.extractingPath("$.status").isEqualTo("VALID");
		fresh.extractingPath("$.history[0].otherLicence").isEqualTo(licence.id());
		assertThat(new AuditProbe(jdbc).platformActions("licence", licence.id())).containsOnlyOnce("licence.renew");
		assertThat(mvc.post().uri(renewalPage(licence)).with(as(restaurant.enterprise())).with(csrf())).hasStatus(409);
	}

	/** The holder's renewal of their licence, completed and submitted now. */
	Application submittedRenewal(Restaurant restaurant, LicenceRecord licence) {
		Actor holder = restaurant.enterprise();
		String location = mvc.post()
			.uri(renewalPage(licence))
			.with(as(holder))
			.with(csrf())
			.exchange()
			.getResponse()
			.getRedirectedUrl();
		UUID draftId = UUID.fromString(location.substring("/apply/drafts/".length()));
		drafts.save(holder, draftId, Map.of("truthful", List.of("true")));
		food.attachPdf(holder, draftId, "M04", "floor-plan.pdf");
		food.attachPdf(holder, draftId, "M05", "food-safety-rules.pdf");
		submissions.submit(holder, draftId, UUID.randomUUID().toString());
		return caseFiles.get(draftId);
	}

	/** The food business licence of a restaurant, valid five years from today. */
	LicenceRecord foodLicence(Restaurant restaurant) {
		Application draft = food.completeDraft(restaurant);
		String number = submissions.submit(restaurant.enterprise(), draft.id(), UUID.randomUUID().toString()).number();
		return licences.issue(draft.id(), number);
	}

	/** A person's certificate of filing for medical care elsewhere, valid a year. */
	LicenceRecord medicalFiling(Actor applicant) {
		Application draft = drafts.start(applicant, MEDICAL_FILING);
		drafts.save(applicant, draft.id(),
				Map.of("insuranceType", List.of("EMPLOYEE"), "byAgent", List.of("NO"), "filingType",
						List.of("LONG_TERM_RESIDENT"), "province", List.of("11"), "city", List.of("北京市"), "startDate",
						List.of("2026-12-01")));
		materials.attach(applicant, draft.id(), "M02", "M02.pdf",
				new ByteArrayInputStream(SampleFiles.pdf("declaration of " + draft.id())));
		String number = submissions.submit(applicant, draft.id(), UUID.randomUUID().toString()).number();
		return licences.issue(draft.id(), number);
	}

	/** The notices of a kind to an account, as "CHANNEL link". */
	List<String> notices(UUID accountId, String kind) {
		return jdbc.sql("select channel, link from notification_outbox where account_id = :account and kind = :kind")
			.param("account", accountId)
			.param("kind", kind)
			.query((row, number) -> row.getString("channel") + " " + row.getString("link"))
			.list();
	}

	static String renewalPage(LicenceRecord licence) {
		return "/my/licences/" + licence.id() + "/renewal";
	}

	static String renewalApi(LicenceRecord licence) {
		return "/api/v1/licences/" + licence.id() + "/renewal";
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor as(Actor actor) {
		return authentication(new ActorAuthentication(actor));
	}

}
