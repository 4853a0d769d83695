package org.tongban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * R12.5, DESIGN "Processes": a staff role is scoped to a department and becomes the
 * authority {@code dept:<DEPARTMENT>:<role>}, the candidate group of the process engine,
 * beside the platform-wide {@code ROLE_<ROLE>}.
 */
class ActorTests {

	@Test
	void aReviewerOfTheMarketRegulationBureauHoldsItsDepartmentAuthority() {
		var reviewer = new Actor(UUID.randomUUID(), AccountKind.STAFF, "李强",
				List.of(DepartmentRole.of(Role.REVIEWER, "SCJGJ"), DepartmentRole.of(Role.EXPERT, "ZJJ")));

		assertThat(reviewer.authorities()).containsExactly("ROLE_REVIEWER", "ROLE_EXPERT", "dept:SCJGJ:reviewer",
				"dept:ZJJ:expert");
		assertThat(reviewer.departments()).containsExactly("SCJGJ", "ZJJ");
		assertThat(reviewer.has(Role.REVIEWER)).isTrue();
		assertThat(reviewer.has(Role.APPLICANT)).isFalse();
	}

	@Test
	void applicantsHoldTheApplicantRoleAndNoDepartment() {
		var applicant = new Actor(UUID.randomUUID(), AccountKind.LEGAL_PERSON, "D市禾丰食品有限公司", List.of());

		assertThat(applicant.authorities()).containsExactly("ROLE_APPLICANT");
		assertThat(applicant.departments()).isEmpty();
		assertThatThrownBy(() -> new Actor(UUID.randomUUID(), AccountKind.NATURAL_PERSON, "王建国",
				List.of(DepartmentRole.of(Role.REVIEWER, "SCJGJ"))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aDepartmentRoleIsAStaffRoleInACatalogueCode() {
		assertThat(DepartmentRole.of(Role.DEPARTMENT_ADMIN, "ZJJ").authority()).isEqualTo("dept:ZJJ:department_admin");
		assertThatThrownBy(() -> DepartmentRole.of(Role.APPLICANT, "SCJGJ"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> DepartmentRole.of(Role.REVIEWER, "scjgj:x"))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
