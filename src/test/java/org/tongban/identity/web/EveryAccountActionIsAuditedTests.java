package org.tongban.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.tongban.exchange.AccessPurpose;
import org.tongban.exchange.BaseRegistries;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.LogInMethod;
import org.tongban.identity.Role;
import org.tongban.identity.SensitiveField;
import org.tongban.identity.SmsInbox;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.TestAccounts.Person;
import org.tongban.identity.Unmasking;
import org.tongban.identity.Visitor;
import org.tongban.identity.admin.StaffAdministration;
import org.tongban.identity.admin.StaffAdministration.NewStaff;
import org.tongban.identity.factors.TotpSecret;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.identity.login.ApiTokens;
import org.tongban.identity.login.CertificateLogin;
import org.tongban.identity.login.LoginRefusedException;
import org.tongban.identity.login.LoginResult;
import org.tongban.identity.login.PasswordLogin;
import org.tongban.identity.login.SmsCodeLogin;
import org.tongban.identity.login.SmsCodePurpose;
import org.tongban.identity.login.SmsCodes;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.shared.LocalizedText;
import org.tongban.support.AuditProbe;
import org.tongban.support.AuditProbe.Row;

/**
 * R8.4: every log-in and log-out (password, SMS code, certificate, API token, second
 * factor; success and failure), every enrolment of a second factor, every change of the
 * admin console, every showing of a personal number and every registry read leaves
 * exactly one record in the audit trail, naming the action, the actor, the object and the
 * outcome, and no personal number: a log-in of a name that is no account's names the
 * object {@code unknown}.
 */
@IdentityTest
class EveryAccountActionIsAuditedTests {

	static final String ACCOUNT = "account";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	PasswordLogin passwordLogin;

	@Autowired
	SmsCodeLogin smsCodeLogin;

	@Autowired
	SmsCodes smsCodes;

	@Autowired
	CertificateLogin certificateLogin;

	@Autowired
	ApiTokens tokens;

	@Autowired
	StaffAdministration administration;

	@Autowired
	Unmasking unmasking;

	@Autowired
	BaseRegistries registries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	AuditProbe audit;

	TestAccounts testAccounts;

	@BeforeEach
	void probe() {
		audit = new AuditProbe(jdbc);
		testAccounts = new TestAccounts(accounts);
	}

	@Test
	void passwordLogInsAndLogOutsAreRecorded() {
		Person person = testAccounts.person();
		UUID id = person.actor().id();
		var visitor = new Visitor(mvc);

		assertThat(audit.during(ACCOUNT, id, () -> new Visitor(mvc).logIn(person.mobile().value(), "Wrong-Password-1")))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.summary()).isEqualTo(Row.summary("login.password", "FAILURE", id));
				assertThat(row.detail()).isEqualTo("wrong");
			});
		assertThat(audit.during(ACCOUNT, id, () -> visitor.logIn(person.mobile().value(), TestAccounts.PASSWORD)))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.summary()).isEqualTo(Row.summary("login.password", "SUCCESS", id));
				assertThat(row.role()).isEqualTo("APPLICANT");
				assertThat(row.clientAddress()).isEqualTo(visitor.address());
			});
		visitor.page("/my");
		assertThat(audit.during(ACCOUNT, id, () -> visitor.post("/logout"))).extracting(Row::summary)
			.containsExactly(Row.summary("logout", "SUCCESS", id));
	}

	@Test
	void aLogInOfANameThatIsNoAccountsKeepsNoName() {
		var visitor = new Visitor(mvc);
		String unknownMobile = TestAccounts.mobile().value();

		List<Row> refused = audit.during(ACCOUNT, PasswordLogin.UNKNOWN,
				() -> visitor.logIn(unknownMobile, "Wrong-Password-1"));

		assertThat(refused).filteredOn(row -> visitor.address().equals(row.clientAddress()))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.summary()).isEqualTo(Row.summary("login.password", "FAILURE", null));
				assertThat(row.detail()).doesNotContain(unknownMobile);
			});
	}

	@Test
	void smsCodeLogInsAreRecorded() {
		Person person = testAccounts.person();
		UUID id = person.actor().id();
		String address = TestAccounts.clientAddress();
		smsCodes.send(person.mobile(), SmsCodePurpose.LOGIN, address, Locale.CHINA);
		String code = new SmsInbox(mvc).latestCode(person.mobile()).orElseThrow();
		String wrong = code.equals("000000") ? "111111" : "000000";

		assertThat(audit.duringRefused(ACCOUNT, id, () -> smsCodeLogin.logIn(person.mobile().value(), wrong, address)))
			.extracting(Row::summary)
			.containsExactly(Row.summary("login.sms", "FAILURE", id));
		assertThat(audit.during(ACCOUNT, id, () -> smsCodeLogin.logIn(person.mobile().value(), code, address)))
			.extracting(Row::summary)
			.containsExactly(Row.summary("login.sms", "SUCCESS", id));
	}

	@Test
	void secondFactorsAndTheirEnrolmentAreRecorded() {
		EnrolledStaff staff = EnrolledStaff.create(accounts, secondFactor, clock,
				DepartmentRole.of(Role.REVIEWER, "SCJGJ"));
		UUID id = staff.actor().id();

		var guesser = new Visitor(mvc);
		assertThat(audit.during(ACCOUNT, id, () -> {
			guesser.logIn(staff.accountName(), TestAccounts.PASSWORD);
			guesser.get("/login/second-factor");
			guesser.post("/login/second-factor", "code",
					staff.authenticator().code().equals("000000") ? "111111" : "000000");
		})).extracting(Row::summary)
			.containsExactly(Row.summary("login.password", "SUCCESS", id),
					Row.summary("login.second-factor", "FAILURE", id));
		assertThat(audit.during(ACCOUNT, id, () -> new Visitor(mvc).logIn(staff))).extracting(Row::summary)
			.containsExactly(Row.summary("login.password", "SUCCESS", id),
					Row.summary("login.second-factor", "SUCCESS", id));

		String address = TestAccounts.clientAddress();
		LoginResult pending = passwordLogin.logIn(staff.accountName(), TestAccounts.PASSWORD, address);
		assertThat(audit.duringRefused(ACCOUNT, id,
				() -> secondFactor.enrol(((LoginResult.SecondFactorRequired) pending).pending(), TotpSecret.generate(),
						"000000", "000000", address)))
			.extracting(Row::summary)
			.containsExactly(Row.summary("totp.enrol", "FAILURE", id));
	}

	@Test
	void certificateAndApiTokenLogInsAreRecorded() {
		String address = TestAccounts.clientAddress();
		assertThat(audit.during(ACCOUNT, PasswordLogin.UNKNOWN,
				() -> assertThatExceptionOfType(LoginRefusedException.class).isThrownBy(
						() -> certificateLogin.logIn("no-such-challenge", "not a certificate", "bm8=", address))))
			.extracting(Row::action, Row::outcome, Row::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("login.certificate", "FAILURE", "certificate"));

		assertThat(audit.during(ACCOUNT, PasswordLogin.UNKNOWN,
				() -> assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer not-a-token"))
					.hasStatus(401)))
			.extracting(Row::action, Row::outcome)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("login.token", "FAILURE"));

		Person person = testAccounts.person();
		UUID id = person.actor().id();
		String token = tokens.issue(id, LogInMethod.PASSWORD).token();
		assertThat(audit.during(ACCOUNT, id,
				() -> assertThat(mvc.post().uri("/api/v1/auth/logout").header("Authorization", "Bearer " + token))
					.hasStatus(204)))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.summary()).isEqualTo(Row.summary("logout", "SUCCESS", id));
				assertThat(row.detail()).isEqualTo("token");
			});
	}

	@Test
	void theAdminConsolesChangesAndRefusalsAreRecorded() {
		Actor security = testAccounts.staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.SECURITY_ADMIN, "ZWFWJ"));
		DepartmentRole reviewer = DepartmentRole.of(Role.REVIEWER, "SCJGJ");
		DepartmentRole approver = DepartmentRole.of(Role.APPROVER, "SCJGJ");

		UUID member = administration
			.create(security,
					new NewStaff(TestAccounts.accountName(), "职员", "SCJGJ", TestAccounts.mobile(), "Green-Valley-2026",
							reviewer))
			.id();
		assertThat(audit.of(ACCOUNT, member)).extracting(Row::summary)
			.containsExactly(Row.summary("staff.create", "SUCCESS", security.id()));
		assertThat(audit.during(ACCOUNT, member, () -> administration.grant(security, member, approver)))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.summary()).isEqualTo(Row.summary("role.grant", "SUCCESS", security.id()));
				assertThat(row.detail()).isEqualTo(approver.authority());
				assertThat(row.role()).isEqualTo("SECURITY_ADMIN");
			});
		assertThat(audit.during(ACCOUNT, member, () -> administration.revoke(security, member, approver)))
			.extracting(Row::summary)
			.containsExactly(Row.summary("role.revoke", "SUCCESS", security.id()));
		assertThat(audit.duringRefused(ACCOUNT, security.id(),
				() -> administration.grant(security, security.id(), reviewer)))
			.extracting(Row::summary)
			.containsExactly(Row.summary("role.grant", "FAILURE", security.id()));
		assertThat(audit.during(ACCOUNT, member, () -> administration.disable(security, member)))
			.extracting(Row::summary)
			.containsExactly(Row.summary("account.disable", "SUCCESS", security.id()));
	}

	@Test
	void showingAPersonalNumberIsRecorded() {
		Actor departmentAdmin = testAccounts.staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.DEPARTMENT_ADMIN, "SCJGJ"));
		Actor member = testAccounts.staff(TestAccounts.accountName(), DepartmentRole.of(Role.REVIEWER, "SCJGJ"));
		Actor elsewhere = testAccounts.staff(TestAccounts.accountName(), DepartmentRole.of(Role.REVIEWER, "ZJJ"));

		assertThat(audit.during(ACCOUNT, member.id(),
				() -> unmasking.reveal(departmentAdmin, member.id(), SensitiveField.MOBILE, "/admin/staff")))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.summary()).isEqualTo(Row.summary("person.unmask", "SUCCESS", departmentAdmin.id()));
				assertThat(row.detail()).isEqualTo("MOBILE /admin/staff");
			});
		assertThat(audit.duringRefused(ACCOUNT, elsewhere.id(),
				() -> unmasking.reveal(departmentAdmin, elsewhere.id(), SensitiveField.MOBILE, "/admin/staff")))
			.extracting(Row::summary)
			.containsExactly(Row.summary("person.unmask", "FAILURE", departmentAdmin.id()));
	}

	@Test
	void everyRegistryReadIsRecordedWithWhoAskedAndNoNumber() {
		Actor applicant = testAccounts.person().actor();
		String caller = "test:" + UUID.randomUUID();
		SecurityContextHolder.getContext().setAuthentication(new ActorAuthentication(applicant));
		try {
			registries.legalPerson(TestAccounts.creditCode(), AccessPurpose.of(caller, LocalizedText.of("审计测试", null)));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		long read = jdbc.sql("select id from exchange_access_log where caller = :caller")
			.param("caller", caller)
			.query(Long.class)
			.single();

		assertThat(audit.of("registry-access", read)).singleElement().satisfies(row -> {
			assertThat(row.summary()).isEqualTo(Row.summary("registry.read", "SUCCESS", applicant.id()));
			assertThat(row.detail()).startsWith("LEGAL_PERSON " + caller);
		});
	}

}
