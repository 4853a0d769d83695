package org.tongban.identity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.identity.login.LoginResult;
import org.tongban.identity.login.PasswordLogin;
import org.tongban.shared.crypto.FieldCipher;

/**
 * The demo accounts of the README (demo profile): staff of every role in several
 * departments, two natural persons and an enterprise, all with the documented password,
 * opened once however often the platform starts.
 */
@IdentityTest
class DemoAccountsTests {

	@Autowired
	DemoAccounts demoAccounts;

	@Autowired
	AccountDirectory directory;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordLogin passwordLogin;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FieldCipher cipher;

	@Test
	void everyRoleHasADemoAccountWithTheDocumentedPassword() {
		for (String name : new String[] { "scjgj.clerk", "scjgj.reviewer", "scjgj.reviewer2", "scjgj.approver",
				"scjgj.admin", "zjj.clerk", "zjj.reviewer", "zjj.reviewer2", "zjj.approver", "zjj.admin",
				"window.clerk", "expert", "supervisor", "sysadmin", "secadmin", "auditor" }) {
			assertThat(actor(name).kind()).as(name).isEqualTo(AccountKind.STAFF);
		}
		assertThat(actor("scjgj.reviewer").authorities()).contains("dept:SCJGJ:reviewer");
		assertThat(actor("zjj.approver").authorities()).contains("dept:ZJJ:approver");
		assertThat(actor("window.clerk").authorities()).contains("dept:ZWFWJ:window_clerk");
		assertThat(actor("sysadmin").has(Role.SYSTEM_ADMIN)).isTrue();
		// R12.7: two reviewers in each department for the initial review and the
		// re-review; MLPS level 3: a
		// security administrator apart from the system administrator and the auditor.
		assertThat(actor("scjgj.reviewer2").authorities()).contains("dept:SCJGJ:reviewer");
		assertThat(actor("zjj.reviewer2").authorities()).contains("dept:ZJJ:reviewer");
		assertThat(actor("secadmin").roleNames()).containsExactly(Role.SECURITY_ADMIN);
		assertThat(actor("auditor").roleNames()).containsExactly(Role.AUDITOR);
	}

	@Test
	void theApplicantsArePeopleOfTheRegistriesAndAnEnterpriseThatOneOfThemActsFor() {
		Actor zhang = actor("13904110001");
		Actor li = actor("21020319901123046x");
		Actor enterprise = actor("91210202MA0Q5K7D3U");

		assertThat(zhang.name()).isEqualTo("张伟");
		assertThat(actor("210202198503120311")).isEqualTo(zhang);
		assertThat(li.name()).isEqualTo("李娜");
		assertThat(actor("13904110002")).isEqualTo(li);
		assertThat(enterprise.kind()).isEqualTo(AccountKind.LEGAL_PERSON);
		assertThat(enterprise.name()).isEqualTo("D市味之源餐饮管理有限公司");
		assertThat(accounts.profile(enterprise.id()).agents()).containsExactly("张伟");
		assertThat(accounts.profile(zhang.id()).actsFor()).containsExactly("D市味之源餐饮管理有限公司");
	}

	@Test
	void startingAgainOpensNothingNew() {
		int before = jdbc.sql("select count(*) from identity_account").query(Integer.class).single();

		demoAccounts.start();

		assertThat(jdbc.sql("select count(*) from identity_account").query(Integer.class).single()).isEqualTo(before);
	}

	/**
	 * Read from the database rather than proved with a code: a code would use up its time
	 * step in the database that every test context shares, and the browser journey, which
	 * logs the demo staff in, would then be refused it.
	 */
	@Test
	void theDemoStaffsAuthenticatorsHaveTheSecretsOfTheReadme() {
		for (DemoAccounts.DemoStaff demo : DemoAccounts.STAFF) {
			String sealed = jdbc.sql("select secret_ciphertext from identity_staff_totp where staff_id = :id")
				.param("id", actor(demo.accountName()).id())
				.query(String.class)
				.single();

			assertThat(sealed).as("sealed, not in clear").doesNotContain(demo.totpSecret());
			assertThat(cipher.decrypt(sealed)).as(demo.accountName()).isEqualTo(demo.totpSecret());
		}
	}

	/**
	 * The account of a log-in name with the demo password: for staff, the first of the
	 * two steps.
	 */
	private Actor actor(String logInName) {
		LoginResult result = passwordLogin.logIn(logInName, DemoAccounts.PASSWORD, TestAccounts.clientAddress());
		if (result instanceof LoginResult.SecondFactorRequired required) {
			return directory.actor(required.pending().staffId()).orElseThrow();
		}
		return ((LoginResult.LoggedIn) result).actor();
	}

}
