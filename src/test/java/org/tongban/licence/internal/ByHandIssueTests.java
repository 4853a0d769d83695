package org.tongban.licence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongban.application.Application;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.CaseFiles;
import org.tongban.application.Drafts;
import org.tongban.application.Submissions;
import org.tongban.approval.CaseEnded;
import org.tongban.approval.DecisionRevoked;
import org.tongban.catalog.MatterCatalog;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.licence.LicenceStatus;
import org.tongban.licence.support.FilingApplications;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.RefusedException;
import org.tongban.supervision.CaseClocks;
import org.tongban.supervision.DeadlineWarned;
import org.tongban.supervision.warning.WarningScans;
import org.tongban.support.TestClock;

import org.assertj.core.api.Assertions;

/**
 * R6.3, R15.5: a matter version whose licence its department issues by hand leaves the
 * grant's licence pending, due 10 working days after the grant on a clock that the
 * warning scan warns of; the department's approvers issue it from /staff/licence-issues
 * (or the API) through the same path as the platform, and the clock stops. Nobody else
 * may; a grant revoked before its licence is issued leaves no valid licence.
 */
@IdentityTest
class ByHandIssueTests {

	/**
	 * A test copy of 异地就医备案 (demo catalogue) whose certificate the department issues by
	 * hand.
	 */
	static final String BY_HAND = "YBJ-YDJYBA-SG";

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
	MatterCatalog catalog;

	@Autowired
	JdbcAggregateTemplate aggregates;

	@Autowired
	LicenceIssuer issuer;

	@Autowired
	LicenceIssues issues;

	@Autowired
	Licences licences;

	@Autowired
	CaseClocks clocks;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationContext context;

	TestAccounts.Person person;

	@Autowired
	JdbcClient jdbc;

	Actor approver;

	@BeforeEach
	void aMatterIssuedByHand() {
		person = new TestAccounts(accounts).person();
		approver = new TestAccounts(accounts).staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.APPROVER, "YBJ"));
		FilingApplications.byHandCopy(aggregates, catalog, BY_HAND);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	@DisplayName("R15.5: granted Thursday 24 December 2026, the licence waits, not issued; due Friday 8 January 2027 (10 working days, New Year's Day off) on a clock warned red on the 11th")
	void aGrantLeavesTheLicencePendingOnTheClock() {
		Application application = submitted();
		CaseEnded granted = grantedOn(application, LocalDate.of(2026, 12, 24));

		issuer.issue(granted);
		issues.await(granted);
		issues.await(granted);

		assertThat(licences.ofCase(application.id())).as("not issued at once").isEmpty();
		assertThat(issues.pending(approver)).filteredOn(issue -> issue.number().equals(granted.number()))
			.singleElement()
			.satisfies(issue -> assertThat(issue.dueOn()).isEqualTo(LocalDate.of(2027, 1, 8)));
		UUID clockId = LicenceIssues.clockOf(application.id());
		assertThat(clocks.of(clockId)).hasValueSatisfying(running -> {
			assertThat(running.dueOn()).isEqualTo(LocalDate.of(2027, 1, 8));
			assertThat(running.isStopped()).isFalse();
		});

		clock.set(LocalDateTime.of(2027, 1, 11, 9, 0));
		List<DeadlineWarned> warnings = WarningScans.scan(context)
			.stream()
			.filter(warned -> warned.caseId().equals(clockId))
			.toList();
		assertThat(warnings).singleElement().satisfies(warned -> {
			assertThat(warned.level()).isEqualTo(DeadlineWarned.Level.RED);
			assertThat(warned.caseNumber()).isEqualTo(granted.number());
			assertThat(warned.dueOn()).isEqualTo(LocalDate.of(2027, 1, 8));
		});
		DeadlineWarned red = warnings.get(0);

		issues.tell(red);
		assertThat(
				jdbc.sql("select channel from notification_outbox where account_id = :account and kind = 'WARNING_RED'")
					.param("account", approver.id())
					.query(String.class)
					.list())
			.as("the department's approver is told, as of a case's deadline")
			.contains("IN_APP");
	}

	@Test
	@DisplayName("R6.3, R15.5: the department's approver checks and confirms on /staff/licence-issues: the licence is issued valid, signed as at once, and the clock stops")
	void theApproverIssuesIt() throws Exception {
		Application application = submitted();
		CaseEnded granted = grantedOn(application, TestClock.DEMO_DAY);
		issues.await(granted);
		String page = "/staff/licence-issues/" + granted.number();

		assertThat(mvc.get().uri("/staff/licence-issues").with(as(approver))).hasStatusOk()
			.bodyText()
			.contains(granted.number(), "异地就医备案凭证");
		assertThat(mvc.get().uri(page).with(as(approver))).hasStatusOk()
			.bodyText()
			.contains(person.actor().name(), "我已核对以上内容，确认发放");
		assertThat(mvc.post().uri(page).with(as(approver)).with(csrf())).hasStatus(400)
			.bodyText()
			.contains("发放前请核对证照内容，并勾选确认。");
		assertThat(licences.ofCase(application.id())).isEmpty();

		assertThat(mvc.post().uri(page).param("confirmed", "true").with(as(approver)).with(csrf()))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/staff/licence-issues");

		LicenceRecord licence = licences.ofCase(application.id()).orElseThrow();
		assertThat(licences.check(licence.id()).status()).isEqualTo(LicenceStatus.VALID);
		assertThat(licence.validFrom()).isEqualTo(TestClock.DEMO_DAY);
		assertThat(clocks.of(LicenceIssues.clockOf(application.id())))
			.hasValueSatisfying(stopped -> assertThat(stopped.isStopped()).isTrue());
		assertThat(issues.pending(approver)).extracting(LicenceIssues.PendingIssue::number)
			.doesNotContain(granted.number());
		assertThat(mvc.get().uri(page).with(as(approver))).as("issued: no longer pending").hasStatus(404);
	}

	@Test
	@DisplayName("R6.3: the API lists and issues it for the department's approver; unconfirmed is a 400")
	void theApiIssuesIt() {
		Application application = submitted();
		CaseEnded granted = grantedOn(application, TestClock.DEMO_DAY);
		issues.await(granted);
		String uri = "/api/v1/staff/licence-issues/" + granted.number();

		assertThat(mvc.get().uri("/api/v1/staff/licence-issues").with(as(approver))).hasStatusOk()
			.bodyText()
			.contains(granted.number());
		assertThat(mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content("{}").with(as(approver)))
			.hasStatus(400);
		assertThat(mvc.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"confirmed\": true}")
			.with(as(approver))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.licenceId")
			.isEqualTo(licences.ofCase(application.id()).orElseThrow().id());
	}

	@Test
	@DisplayName("R12.7: another department's approver does not find it, the department's clerk and the applicant are refused, and nobody issues it twice")
	void nobodyElseIssuesIt() {
		Application application = submitted();
		CaseEnded granted = grantedOn(application, TestClock.DEMO_DAY);
		issues.await(granted);
		String page = "/staff/licence-issues/" + granted.number();
		Actor otherDepartment = new TestAccounts(accounts).staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.APPROVER, "SCJGJ"));
		Actor clerk = new TestAccounts(accounts).staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.WINDOW_CLERK, "YBJ"));

		assertThat(mvc.get().uri("/staff/licence-issues").with(as(otherDepartment))).hasStatusOk()
			.bodyText()
			.doesNotContain(granted.number());
		assertThat(mvc.post().uri(page).param("confirmed", "true").with(as(otherDepartment)).with(csrf()))
			.hasStatus(404);
		assertThat(mvc.post().uri(page).param("confirmed", "true").with(as(clerk)).with(csrf())).hasStatus(403);
		assertThat(mvc.post().uri(page).param("confirmed", "true").with(as(person.actor())).with(csrf()))
			.hasStatus(403);
		assertThat(mvc.post()
			.uri("/api/v1/staff/licence-issues/" + granted.number())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"confirmed\": true}")
			.with(as(clerk))).hasStatus(403);
		assertThat(licences.ofCase(application.id())).isEmpty();

		issues.issue(approver, granted.number(), true);
		Assertions.assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> issues.issue(approver, granted.number(), true));
	}

	@Test
	@DisplayName("R15.5: a grant revoked before its licence is issued by hand issues none: the revocation drops the wait and stops its clock, and an issue that finds the grant revoked is refused")
	void aRevokedGrantIssuesNothing() {
		Application application = submitted();
		CaseEnded granted = grantedOn(application, TestClock.DEMO_DAY);
		issues.await(granted);
		caseFiles.revoke(application.id(), clock.instant());

		assertThatRefused(() -> issues.issue(approver, granted.number(), true));
		assertThat(licences.ofCase(application.id())).isEmpty();
		assertThat(issues.pending(approver)).extracting(LicenceIssues.PendingIssue::number)
			.doesNotContain(granted.number());
		assertThat(clocks.of(LicenceIssues.clockOf(application.id())))
			.hasValueSatisfying(stopped -> assertThat(stopped.isStopped()).isTrue());

		Application other = submitted();
		CaseEnded otherGrant = grantedOn(other, TestClock.DEMO_DAY);
		issues.await(otherGrant);
		caseFiles.revoke(other.id(), clock.instant());
		issues.on(new DecisionRevoked(other.id(), otherGrant.number(), "YBJ", other.matterCode(), person.actor().id(),
				"经事后核查，承诺不实", "《中华人民共和国行政许可法》第六十九条", clock.instant()));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> clocks.of(LicenceIssues.clockOf(other.id())).orElseThrow().isStopped());
		assertThat(issues.pending(approver)).extracting(LicenceIssues.PendingIssue::number)
			.doesNotContain(otherGrant.number());
	}

	@Test
	@DisplayName("R15.5: a revocation handled before a late CaseEnded leaves no licence issued at once either")
	void aLateGrantOfARevokedCaseIssuesNothing() {
		Application atOnce = submittedAtOnce();
		CaseEnded late = grantedOn(atOnce, TestClock.DEMO_DAY);
		caseFiles.revoke(atOnce.id(), clock.instant());

		issuer.issue(late);

		assertThat(licences.ofCase(atOnce.id())).as("the revocation came first").isEmpty();
	}

	private static void assertThatRefused(Runnable action) {
		Assertions.assertThatExceptionOfType(RefusedException.class).isThrownBy(action::run);
	}

	/** The case is accepted and granted on the day, as the approval records it. */
	private CaseEnded grantedOn(Application application, LocalDate day) {
		Instant at = day.atTime(10, 0).atZone(clock.getZone()).toInstant();
		caseFiles.accepted(application.id(), at);
		caseFiles.finish(application.id(), ApplicationStatus.GRANTED, at);
		return new CaseEnded(application.id(), application.receipt().orElseThrow().number(), ApplicationStatus.GRANTED,
				at);
	}

	private Application submitted() {
		return submitted(BY_HAND);
	}

	private Application submittedAtOnce() {
		return submitted(LicenceIssueTests.MEDICAL_FILING);
	}

	private Application submitted(String matter) {
		return new FilingApplications(drafts, materials, submissions, caseFiles).submitted(person.actor(), matter);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(Actor actor) {
		return authentication(new ActorAuthentication(actor));
	}

}
