package org.tongban.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.identity.accounts.Credentials;
import org.tongban.shared.audit.Audit;

/**
 * R1.3: once a second factor is configured (a {@link SecondFactorVerifier} bean), a staff
 * member's password, right or wrong, leads to the second step, which alone knows whether
 * it was right, while applicants still log in with their password.
 */
@IdentityTest
class SecondFactorTests {

	@Autowired
	AccountDirectory directory;

	@Autowired
	Credentials credentials;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	LoginProperties properties;

	@Autowired
	FailedLogIns failures;

	@Autowired
	Clock clock;

	@Autowired
	Audit audit;

	@Autowired
	Accounts accounts;

	@Test
	void withASecondFactorConfiguredStaffMustGiveIt() {
		SecondFactorVerifier totp = (staff, code) -> "123456".equals(code);
		var login = new PasswordLogin(directory, credentials, passwordEncoder, new LoginThrottle(properties, clock),
				failures, List.of(totp), audit);
		var testAccounts = new TestAccounts(accounts);
		String accountName = TestAccounts.accountName();
		Actor staff = testAccounts.staff(accountName, DepartmentRole.of(Role.APPROVER, "SCJGJ"));
		TestAccounts.Person applicant = testAccounts.person();

		LoginResult staffResult = login.logIn(accountName, TestAccounts.PASSWORD, TestAccounts.clientAddress());
		LoginResult wrongPassword = login.logIn(accountName, "Not-The-Password-1", TestAccounts.clientAddress());
		LoginResult applicantResult = login.logIn(applicant.mobile().value(), TestAccounts.PASSWORD,
				TestAccounts.clientAddress());

		assertThat(staffResult).isInstanceOfSatisfying(LoginResult.SecondFactorRequired.class,
				required -> assertThat(required.pending().passwordAccepted()).contains(staff.id()));
		assertThat(wrongPassword).isInstanceOfSatisfying(LoginResult.SecondFactorRequired.class,
				required -> assertThat(required.pending().passwordAccepted()).isEmpty());
		assertThat(new SecondFactorPending(((LoginResult.SecondFactorRequired) staffResult).pending()).getAuthorities())
			.extracting("authority")
			.containsExactly("FACTOR_PASSWORD");
		assertThat(applicantResult).isInstanceOfSatisfying(LoginResult.LoggedIn.class,
				loggedIn -> assertThat(loggedIn.actor()).isEqualTo(applicant.actor()));
	}

}
