package org.tongban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongban.identity.TestAccounts.Person;

/**
 * R1.1, R1.4, R1.5, R12.1, R12.5: accounts are opened with their numbers sealed and their
 * passwords hashed with Argon2id, staff get roles only in departments of the catalogue
 * and never two roles that separation of duties keeps apart.
 */
@IdentityTest
class AccountsTests {

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	TestAccounts testAccounts;

	@BeforeEach
	void accounts() {
		testAccounts = new TestAccounts(accounts);
	}

	@Test
	void theTablesHoldNoClearResidentIdNorMobileNumber() {
		Person person = testAccounts.person();

		Map<String, Object> row = jdbc.sql("select * from identity_person where id = :id")
			.param("id", person.actor().id())
			.query()
			.singleRow();

		assertThat(row.values().stream().map(String::valueOf))
			.noneMatch(value -> value.contains(person.residentId().value()) || value.contains(person.mobile().value()));
		assertThat((String) row.get("resident_id_ciphertext")).startsWith("v1.demo1.A256GCM.");
		assertThat((String) row.get("mobile_blind_index")).startsWith("v1.demoidx1.");
	}

	@Test
	void passwordsAreStoredAsArgon2idHashesOnly() {
		Person person = testAccounts.person();

		String hash = jdbc.sql("select password_hash from identity_account where id = :id")
			.param("id", person.actor().id())
			.query(String.class)
			.single();

		assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(TestAccounts.PASSWORD);
		assertThat(jdbc.sql("select count(*) from identity_account where password_hash like :clear")
			.param("clear", "%" + TestAccounts.PASSWORD + "%")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void theAccountHolderSeesTheNumbersMasked() {
		Person person = testAccounts.person();

		AccountProfile profile = accounts.profile(person.actor().id());

		assertThat(profile.residentId()).isEqualTo(person.residentId().masked());
		assertThat(profile.mobile()).isEqualTo(person.mobile().masked());
	}

	@Test
	void aNumberRegistersOneAccountOnly() {
		Person person = testAccounts.person();

		assertThatThrownBy(() -> accounts.registerNaturalPerson("另一人", person.residentId(), TestAccounts.mobile(),
				TestAccounts.PASSWORD))
			.hasFieldOrPropertyWithValue("messageCode", "identity.account.residentIdTaken");
		assertThatThrownBy(() -> accounts.registerNaturalPerson("另一人", TestAccounts.residentId(), person.mobile(),
				TestAccounts.PASSWORD))
			.hasFieldOrPropertyWithValue("messageCode", "identity.account.mobileTaken");
	}

	@Test
	void aPasswordThePolicyRefusesOpensNoAccount() {
		var mobile = TestAccounts.mobile();

		assertThatThrownBy(() -> accounts.registerNaturalPerson("张三", TestAccounts.residentId(), mobile, "woaini1314"))
			.hasFieldOrPropertyWithValue("messageCode", "identity.password.common");
		assertThatThrownBy(
				() -> accounts.registerNaturalPerson("张三", TestAccounts.residentId(), mobile, mobile.value()))
			.hasFieldOrPropertyWithValue("messageCode", "identity.password.personal");
	}

	@Test
	void aStaffOfTheMarketRegulationBureauGetsItsReviewerGroup() {
		Actor reviewer = testAccounts.staff(TestAccounts.accountName(), DepartmentRole.of(Role.REVIEWER, "SCJGJ"));

		assertThat(reviewer.authorities()).contains("dept:SCJGJ:reviewer", "ROLE_REVIEWER");
		assertThat(accounts.actor(reviewer.id())).contains(reviewer);
	}

	@Test
	void staffRolesAreInDepartmentsOfTheCatalogue() {
		assertThatThrownBy(
				() -> testAccounts.staff(TestAccounts.accountName(), DepartmentRole.of(Role.REVIEWER, "NOWHERE")))
			.isInstanceOf(AccountRefusedException.class)
			.hasFieldOrPropertyWithValue("messageCode", "identity.staff.unknownDepartment");
	}

	@Test
	void separationOfDutiesRefusesASecondRoleAndKeepsTheFirst() {
		Actor admin = testAccounts.staff(TestAccounts.accountName(), DepartmentRole.of(Role.SYSTEM_ADMIN, "ZWFWJ"));

		assertThatThrownBy(() -> accounts.grant(admin.id(), DepartmentRole.of(Role.APPROVER, "SCJGJ")))
			.isInstanceOf(AccountRefusedException.class)
			.hasFieldOrPropertyWithValue("messageCode", "identity.roles.separationOfDuties");
		assertThat(accounts.actor(admin.id()).orElseThrow().roles())
			.containsExactly(DepartmentRole.of(Role.SYSTEM_ADMIN, "ZWFWJ"));
		assertThatThrownBy(() -> testAccounts.staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.AUDITOR, "ZWFWJ"), DepartmentRole.of(Role.SUPERVISOR, "ZWFWJ")))
			.isInstanceOf(AccountRefusedException.class);
	}

	@Test
	void aGrantedRoleTakesEffectAtOnce() {
		Actor staff = testAccounts.staff(TestAccounts.accountName(), DepartmentRole.of(Role.REVIEWER, "ZJJ"));

		Actor promoted = accounts.grant(staff.id(), DepartmentRole.of(Role.APPROVER, "ZJJ"));

		assertThat(promoted.roles()).containsExactly(DepartmentRole.of(Role.REVIEWER, "ZJJ"),
				DepartmentRole.of(Role.APPROVER, "ZJJ"));
		assertThat(List.copyOf(promoted.authorities())).contains("dept:ZJJ:approver");
	}

}
