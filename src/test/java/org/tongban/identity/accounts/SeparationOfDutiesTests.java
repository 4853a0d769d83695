package org.tongban.identity.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tongban.identity.AccountRefusedException;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;

/**
 * R12.5, R12.7, §6.3: nobody checks their own work. A system or security administrator
 * cannot also work on cases, a supervisor cannot approve, an auditor holds no other role,
 * and a department administrator works on no case of their department, in whatever order
 * the roles come.
 */
class SeparationOfDutiesTests {

	@Test
	void aSystemAdministratorCannotTakeReviewOrApprove() {
		for (Role operational : new Role[] { Role.WINDOW_CLERK, Role.REVIEWER, Role.APPROVER }) {
			assertRefused(role(Role.SYSTEM_ADMIN, "ZWFWJ"), role(operational, "SCJGJ"));
			assertRefused(role(operational, "SCJGJ"), role(Role.SYSTEM_ADMIN, "ZWFWJ"));
		}
	}

	@Test
	void aSecurityAdministratorWorksOnNoCaseAndDoesNotRunTheSystem() {
		for (Role other : new Role[] { Role.WINDOW_CLERK, Role.REVIEWER, Role.APPROVER, Role.EXPERT,
				Role.SYSTEM_ADMIN }) {
			assertRefused(role(Role.SECURITY_ADMIN, "ZWFWJ"), role(other, "SCJGJ"));
			assertRefused(role(other, "SCJGJ"), role(Role.SECURITY_ADMIN, "ZWFWJ"));
		}
	}

	@Test
	void aDepartmentAdministratorWorksOnNoCaseOfTheirDepartment() {
		for (Role caseRole : new Role[] { Role.WINDOW_CLERK, Role.REVIEWER, Role.APPROVER, Role.EXPERT }) {
			assertRefused(role(Role.DEPARTMENT_ADMIN, "SCJGJ"), role(caseRole, "SCJGJ"));
			assertRefused(role(caseRole, "SCJGJ"), role(Role.DEPARTMENT_ADMIN, "SCJGJ"));
		}
	}

	@Test
	void anAuditorHoldsNoOtherRole() {
		for (Role other : Role.values()) {
			if (other.isStaff() && other != Role.AUDITOR) {
				assertRefused(role(Role.AUDITOR, "ZWFWJ"), role(other, "ZWFWJ"));
			}
		}
	}

	@Test
	void aSupervisorCannotApprove() {
		assertRefused(role(Role.SUPERVISOR, "ZWFWJ"), role(Role.APPROVER, "ZJJ"));
	}

	@Test
	void compatibleRolesMayBeHeldTogetherInSeveralDepartments() {
		assertThatCode(() -> staff(role(Role.REVIEWER, "SCJGJ")).with(role(Role.APPROVER, "ZJJ"))
			.with(role(Role.DEPARTMENT_ADMIN, "ZWFWJ"))).doesNotThrowAnyException();
		assertThatCode(() -> staff(role(Role.SYSTEM_ADMIN, "ZWFWJ")).with(role(Role.SUPERVISOR, "ZWFWJ")))
			.doesNotThrowAnyException();
	}

	@Test
	void theRefusalNamesBothRoles() {
		assertThatThrownBy(() -> staff(role(Role.SYSTEM_ADMIN, "ZWFWJ")).with(role(Role.APPROVER, "SCJGJ")))
			.isInstanceOfSatisfying(AccountRefusedException.class, refused -> {
				assertThat(refused.parameter()).isEqualTo("roles");
				assertThat(refused.messageCode()).isEqualTo("identity.roles.separationOfDuties");
				assertThat(refused.messageArgs()).hasSize(2);
			});
	}

	private static void assertRefused(DepartmentRole first, DepartmentRole second) {
		assertThatThrownBy(() -> staff(first).with(second)).as(first + " then " + second)
			.isInstanceOf(AccountRefusedException.class);
		assertThatThrownBy(
				() -> StaffAccount.create(UUID.randomUUID(), "both", "两者", "ZWFWJ", null, Set.of(first, second)))
			.as(first + " with " + second)
			.isInstanceOf(AccountRefusedException.class);
	}

	private static StaffAccount staff(DepartmentRole role) {
		return StaffAccount.create(UUID.randomUUID(), "someone", "某人", role.department(), null, Set.of(role));
	}

	private static DepartmentRole role(Role role, String department) {
		return DepartmentRole.of(role, department);
	}

}
