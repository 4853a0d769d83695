package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.approval.CaseFixtures.Submitted;
import org.tongban.identity.Actor;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.LogInMethod;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.identity.login.ApiTokens;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/**
 * R12.7, §6.3: within one case, whoever decides has neither accepted nor reviewed it, and
 * the initial review and the re-review are done by different people unless the matter
 * version says otherwise. The rule reads the case's history, whatever roles the person
 * holds: the step is not in their queue, and acting on it through the API or the pages is
 * refused with 409 and the reason.
 */
@IdentityTest
class SeparationOfDutiesInCasesTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Map<String, Object> GRANT = Map.of("decision", "GRANT", "reasons", "符合条件", "legalBasis",
			"《食品经营许可和备案管理办法》第十条");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	CaseFixtures cases;

	@Test
	@DisplayName("R12.7, the attack as found: one person holding clerk, reviewer and approver accepts and reviews a case, then cannot decide it (409, not in their queue); another approver can")
	void whoAcceptedAndReviewedACaseCannotDecideIt() {
		Submitted food = cases.foodLicence();
		Actor everything = cases.staff(CaseFixtures.SCJGJ, Role.WINDOW_CLERK, Role.REVIEWER, Role.APPROVER);
		assertThat(api(everything, food.number(), "accept", Map.of("opinion", "材料齐全"))).hasStatusOk();
		assertThat(api(everything, food.number(), "review", Map.of("outcome", "APPROVE", "opinion", "初审同意")))
			.hasStatusOk();
		Actor inspector = cases.reviewer();
		review(inspector, food.number(), "现场核查合格");
		assertThat(step(review(cases.reviewer(), food.number(), "复审同意"))).isEqualTo("DECISION");

		assertThat(queued(everything, "DECISION", food.number())).isFalse();
		MvcTestResult decided = api(everything, food.number(), "decide", GRANT);
		assertThat(decided).hasStatus(409);
		assertThat(body(decided)).contains("职责分离", "决定");
		assertThat(api(everything, food.number(), "claim", Map.of())).hasStatus(409);
		MvcTestResult page = mvc.post()
			.uri("/staff/cases/" + food.number() + "/decide")
			.param("decision", "GRANT")
			.param("reasons", "符合条件")
			.param("legalBasis", "第十条")
			.with(authentication(new ActorAuthentication(everything)))
			.with(csrf())
			.exchange();
		assertThat(pageRefusal(page, food.number())).contains("职责分离");
		assertThat(JsonPath.<java.util.List<String>>read(body(api(everything, food.number(), null, null)), "$.actions"))
			.doesNotContain("decide", "claim");

		Actor approver = cases.approver();
		assertThat(queued(approver, "DECISION", food.number())).isTrue();
		assertThat(step(api(approver, food.number(), "decide", GRANT))).isEqualTo("GRANTED");
	}

	@Test
	@DisplayName("R12.7: the reviewer of the initial review cannot do the re-review (409, not in their queue); a second reviewer does it")
	void theInitialReviewerDoesNotReReview() {
		Submitted food = cases.foodLicence();
		Actor reviewer = cases.reviewer();
		api(cases.clerk(), food.number(), "accept", Map.of());
		review(reviewer, food.number(), "初审同意");
		assertThat(step(review(reviewer, food.number(), "现场核查合格"))).as("the inspection is not a review step")
			.isEqualTo("RE_REVIEW");

		assertThat(queued(reviewer, "RE_REVIEW", food.number())).isFalse();
		MvcTestResult refused = review(reviewer, food.number(), "复审同意");
		assertThat(refused).hasStatus(409);
		assertThat(body(refused)).contains("职责分离", "复审");

		Actor second = cases.reviewer();
		assertThat(queued(second, "RE_REVIEW", food.number())).isTrue();
		assertThat(step(review(second, food.number(), "复审同意"))).isEqualTo("DECISION");
		assertThat(queued(second, "DECISION", food.number())).as("a reviewer is not an approver").isFalse();
	}

	@Test
	@DisplayName("R12.7: a matter version that turns the rule off lets one reviewer do the initial review and the re-review; the decider is still another person")
	void aMatterVersionMayLetOneReviewerDoBothReviews() {
		String department = CaseFixtures.TEST_DEPARTMENT;
		Submitted relaxed = cases.standard(cases.inspectedMatter(false), department);
		Submitted strict = cases.standard(cases.inspectedMatter(true), department);
		Actor reviewer = cases.staff(department, Role.REVIEWER, Role.APPROVER);
		for (Submitted submitted : new Submitted[] { relaxed, strict }) {
			api(cases.staff(Role.WINDOW_CLERK, department), submitted.number(), "accept", Map.of());
			review(reviewer, submitted.number(), "初审同意");
			review(reviewer, submitted.number(), "现场核查合格");
		}

		assertThat(queued(reviewer, "RE_REVIEW", relaxed.number())).isTrue();
		assertThat(step(review(reviewer, relaxed.number(), "复审同意"))).isEqualTo("DECISION");
		assertThat(queued(reviewer, "RE_REVIEW", strict.number())).isFalse();
		assertThat(review(reviewer, strict.number(), "复审同意")).hasStatus(409);
		assertThat(api(reviewer, relaxed.number(), "decide", GRANT)).as("whoever reviewed does not decide")
			.hasStatus(409);
	}

	private MvcTestResult review(Actor reviewer, String number, String opinion) {
		return api(reviewer, number, "review", Map.of("outcome", "APPROVE", "opinion", opinion));
	}

	/** The case through the staff API: opened (no action) or acted on. */
	private MvcTestResult api(Actor staff, String number, String action, Map<String, Object> body) {
		var request = action == null ? mvc.get().uri("/api/v1/staff/cases/" + number)
				: mvc.post()
					.uri("/api/v1/staff/cases/" + number + "/" + action)
					.contentType(MediaType.APPLICATION_JSON)
					.content(JSON.writeValueAsString(body));
		return request.header("Authorization", "Bearer " + tokens.issue(staff.id(), LogInMethod.PASSWORD).token())
			.with(call -> {
				call.setRemoteAddr(TestAccounts.clientAddress());
				return call;
			})
			.exchange();
	}

	/** Whether the case is in the member of staff's queue at the step. */
	private boolean queued(Actor staff, String step, String number) {
		MvcTestResult queue = mvc.get()
			.uri("/api/v1/staff/tasks?size=100&step=" + step)
			.header("Authorization", "Bearer " + tokens.issue(staff.id(), LogInMethod.PASSWORD).token())
			.exchange();
		assertThat(queue).hasStatusOk();
		return JsonPath.<java.util.List<String>>read(body(queue), "$.items[*].number").contains(number);
	}

	/**
	 * The refusal the case page shows after a refused action (409), carried there by the
	 * redirect.
	 */
	private static String pageRefusal(MvcTestResult result, String number) {
		assertThat(result).hasRedirectedUrl("/staff/cases/" + number);
		return String.valueOf(result.getMvcResult().getFlashMap().get("refused"));
	}

	private static String step(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return JsonPath.read(body(result), "$.step");
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
