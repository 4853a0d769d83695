package org.tongban.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.TestAccounts.Person;
import org.tongban.identity.Visitor;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.support.TestClock;

/**
 * Issue 12 item 9 (R1.4, ASVS 6.3.1): failed log-ins no longer lock the account for
 * everybody, which let anybody lock anybody out. The address that guesses waits, longer
 * with every further failure; the owner logs in from another address; failures from many
 * addresses together slow down every address, for a minute at most. Counted in the
 * database, so on every node.
 */
@IdentityTest
class LogInWaitsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	TestClock clock;

	Person owner;

	@BeforeEach
	void owner() {
		owner = new TestAccounts(accounts).person();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	@DisplayName("R1.4: an attacker's wrong passwords from one address do not lock the owner out from another")
	void anAttackerCannotLockTheOwnerOutFromAnotherAddress() {
		String attacker = TestAccounts.clientAddress();
		for (int i = 0; i < 15; i++) {
			assertThat(logIn(owner.mobile().value(), "Wrong-Password-" + i, attacker)).hasStatus(401);
		}
		assertThat(logIn(owner.mobile().value(), TestAccounts.PASSWORD, attacker)).as("the attacker's address waits")
			.hasStatus(401);

		assertThat(logIn(owner.mobile().value(), TestAccounts.PASSWORD, TestAccounts.clientAddress()))
			.as("the owner, elsewhere, in the API")
			.hasStatusOk();
		assertThat(new Visitor(mvc).logIn(owner.residentId().value(), TestAccounts.PASSWORD)).as("and on the page")
			.hasRedirectedUrl("/my");
	}

	@Test
	@DisplayName("R1.4: an attacker's wrong codes from one address do not lock a member of staff out from another")
	void anAttackerWithThePasswordCannotLockStaffOutWithWrongCodes() {
		EnrolledStaff staff = EnrolledStaff.create(accounts, secondFactor, clock,
				DepartmentRole.of(Role.REVIEWER, "ZJJ"));
		String attacker = TestAccounts.clientAddress();
		for (int i = 0; i < 6; i++) {
			assertThat(
					logIn(Map.of("username", staff.accountName(), "password", TestAccounts.PASSWORD, "otp", "000000"),
							attacker))
				.hasStatus(401);
		}

		assertThat(new Visitor(mvc).logIn(staff)).as("the member of staff, elsewhere").hasRedirectedUrl("/staff");
	}

	@Test
	@DisplayName("R1.4: every failure after the wait doubles it, for that address")
	void everyFailureAfterTheWaitDoublesIt() {
		String address = TestAccounts.clientAddress();
		for (int i = 0; i < 5; i++) {
			logIn(owner.mobile().value(), "Wrong-Password-" + i, address);
		}
		clock.advance(Duration.ofMinutes(15));
		assertThat(logIn(owner.mobile().value(), "Wrong-Password-5", address)).hasStatus(401);

		clock.advance(Duration.ofMinutes(29));
		assertThat(logIn(owner.mobile().value(), TestAccounts.PASSWORD, address)).as("30 minutes now").hasStatus(401);
		clock.advance(Duration.ofMinutes(1));
		assertThat(logIn(owner.mobile().value(), TestAccounts.PASSWORD, address)).hasStatusOk();
	}

	@Test
	@DisplayName("R1.4: guessing from many addresses slows down every address, for a minute at most")
	void guessingFromManyAddressesSlowsDownEveryAddress() {
		for (int i = 0; i < 20; i++) {
			logIn(owner.mobile().value(), "Wrong-Password-" + i, TestAccounts.clientAddress());
		}
		for (int i = 0; i < 6; i++) {
			clock.advance(Duration.ofMinutes(1));
			assertThat(logIn(owner.mobile().value(), "Wrong-Again-" + i, TestAccounts.clientAddress())).hasStatus(401);
		}

		assertThat(logIn(owner.mobile().value(), TestAccounts.PASSWORD, TestAccounts.clientAddress()))
			.as("a new address waits too")
			.hasStatus(401);
		clock.advance(Duration.ofMinutes(1));
		assertThat(logIn(owner.mobile().value(), TestAccounts.PASSWORD, TestAccounts.clientAddress())).hasStatusOk();
	}

	private MvcTestResult logIn(String username, String password, String address) {
		return logIn(Map.of("username", username, "password", password), address);
	}

	private MvcTestResult logIn(Map<String, String> credentials, String address) {
		return PasswordLogInApiTests.postJson(mvc, "/api/v1/auth/login", credentials, address);
	}

}
