package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.approval.CaseFixtures.Submitted;
import org.tongban.catalog.FormAnswers;
import org.tongban.identity.Actor;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.Role;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.support.WebPage;

/**
 * R12.1: on the staff case page the applicant's ID and phone numbers are masked; a member
 * of staff who works on the case may show one in full (a POST), which is logged with who
 * saw whose number, which and where.
 */
@IdentityTest
class StaffCasePageMaskingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CaseFixtures cases;

	@Autowired
	CaseWork work;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("R12.1: the case page masks the ID and phone numbers; showing one in full is logged")
	void theCasePageMasksIdAndPhoneNumbersAndLogsAReveal() {
		Submitted food = cases.foodLicence();
		Actor clerk = cases.clerk();
		FormAnswers answers = work.open(clerk, food.number()).application().answers();
		String idNumber = answers.value("legalRepIdNumber");
		String mobile = answers.value("mobile");
		String path = "/staff/cases/" + food.number();

		WebPage page = WebPage.of(mvc.get().uri(path).with(authentication(new ActorAuthentication(clerk))).exchange());
		assertThat(page.text()).doesNotContain(idNumber, mobile)
			.contains(idNumber.substring(0, 6) + "********" + idNumber.substring(14),
					mobile.substring(0, 3) + "****" + mobile.substring(7));
		assertThat(unmaskings(food)).isEmpty();

		WebPage revealed = WebPage.of(reveal(clerk, path, "legalRepIdNumber"));

		assertThat(revealed.status()).isEqualTo(200);
		assertThat(revealed.text()).contains(idNumber).doesNotContain(mobile);
		assertThat(unmaskings(food)).containsExactly(clerk.id() + " ID_NUMBER " + path + "#legalRepIdNumber");
		assertThat(reveal(clerk, path, "premisesAddress")).as("not a masked field").hasStatus(400);
		assertThat(reveal(cases.staff(Role.WINDOW_CLERK, "ZJJ"), path, "mobile")).as("another department")
			.hasStatus(404);
		assertThat(unmaskings(food)).hasSize(1);
	}

	private MvcTestResult reveal(Actor staff, String path, String field) {
		return mvc.post()
			.uri(path + "/reveal")
			.param("field", field)
			.with(authentication(new ActorAuthentication(staff)))
			.with(csrf())
			.exchange();
	}

	private List<String> unmaskings(Submitted food) {
		return jdbc
			.sql("select actor_id || ' ' || detail from supervision_audit_record where action = 'person.unmask'"
					+ " and object_type = 'account' and object_id = :applicant order by seq_no")
			.param("applicant", food.applicant().id().toString())
			.query(String.class)
			.list();
	}

}
