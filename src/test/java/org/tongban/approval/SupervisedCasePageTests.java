package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.tongban.approval.CaseFixtures.Submitted;
import org.tongban.catalog.FormAnswers;
import org.tongban.identity.Actor;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.Role;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.shared.NotFoundException;
import org.tongban.support.WebPage;

/**
 * R8.5: the supervisor console's drill-down reads a case of any department, read only:
 * its step, clock and history, none of the applicant's answers and nothing to do; each
 * read, and each read of a case page by staff, is audited as {@code case.view} (R8.4).
 */
@IdentityTest
class SupervisedCasePageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CaseFixtures cases;

	@Autowired
	CaseWork work;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSupervisorReadsACaseOfAnyDepartmentWithNothingToDoAndEachReadIsAudited() {
		Submitted food = cases.foodLicence();
		Actor clerk = cases.clerk();
		Actor supervisor = cases.staff(Role.SUPERVISOR, "ZWFWJ");
		FormAnswers answers = work.open(clerk, food.number()).application().answers();

		WebPage page = WebPage.of(mvc.get()
			.uri("/supervision/cases/{number}", food.number())
			.with(authentication(new ActorAuthentication(supervisor)))
			.exchange());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains(food.number(), "监察只读视图", "办理时限", "受理环节认领人")
			.doesNotContain(answers.value("legalRepIdNumber"), answers.value("mobile"));
		assertThat(page.count("<form")).as("only the log-out form of the layout").isEqualTo(page.count("/logout"));
		assertThat(page.html()).doesNotContain("/claim", "/write", "/reveal");
		assertThat(views(supervisor, food)).isOne();

		assertThat(mvc.get()
			.uri("/supervision/cases/{number}", food.number())
			.with(authentication(new ActorAuthentication(cases.staff(Role.APPROVER, "SCJGJ"))))).hasStatus(403);
		assertThatThrownBy(() -> work.inspect(clerk, food.number())).isInstanceOf(NotFoundException.class);
		assertThat(mvc.get()
			.uri("/staff/cases/{number}", food.number())
			.with(authentication(new ActorAuthentication(supervisor)))).as("the staff page is for its department")
			.hasStatus(404);

		int clerksViews = views(clerk, food);
		assertThat(mvc.get()
			.uri("/staff/cases/{number}", food.number())
			.with(authentication(new ActorAuthentication(clerk)))).hasStatus(200);
		assertThat(views(clerk, food)).as("one more read").isEqualTo(clerksViews + 1);
	}

	private int views(Actor actor, Submitted food) {
		return jdbc.sql("""
				select count(*) from supervision_audit_record
				where action = 'case.view' and actor_id = :actor and object_id = :number and outcome = 'SUCCESS'""")
			.param("actor", actor.id())
			.param("number", food.number())
			.query(Integer.class)
			.single();
	}

}
