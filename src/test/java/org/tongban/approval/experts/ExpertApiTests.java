package org.tongban.approval.experts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.tongban.application.FoodLicenceApplications;
import org.tongban.approval.ExpertReviews;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.LogInMethod;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.ApiTokens;
import org.tongban.storage.SampleFiles;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/**
 * R5.3, R14.3 through the API: a reviewer's department system lists the experts of the
 * case's field and asks one ({@code expert-review}), a refused expert answered 400 naming
 * why; the expert lists their cases, reads one and sends the opinion with a file; another
 * expert finds nothing; the staff API shows the opinion in the history.
 */
@IdentityTest
class ExpertApiTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	FoodLicenceApplications food;

	@Autowired
	ExpertReviews experts;

	@Test
	@DisplayName("R5.3: a reviewer asks an expert of the field through the API; the expert answers through theirs")
	void aReviewerAsksAnExpertWhoAnswersThroughTheApi() {
		TestAccounts people = new TestAccounts(accounts);
		Caller clerk = caller(people, Role.WINDOW_CLERK, "SCJGJ");
		Caller reviewer = caller(people, Role.REVIEWER, "SCJGJ");
		Caller expert = caller(people, Role.EXPERT, "ZJJ");
		Caller another = caller(people, Role.EXPERT, "ZJJ");
		Caller ofConstruction = caller(people, Role.EXPERT, "ZJJ");
		experts.setFields(expert.actor().id(), List.of("SPJY"));
		experts.setFields(another.actor().id(), List.of("SPJY"));
		experts.setFields(ofConstruction.actor().id(), List.of("GCJS"));
		String number = food.submit(food.restaurant()).number();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> clerk.post(number, "accept", Map.of("opinion", "材料齐全")).getResponse().getStatus() == 200);

		String offered = body(reviewer.get("/api/v1/staff/cases/" + number + "/experts"));
		assertThat(JsonPath.<List<String>>read(offered, "$[*].id")).contains(expert.actor().id().toString())
			.doesNotContain(ofConstruction.actor().id().toString());
		MvcTestResult outOfField = reviewer.post(number, "expert-review", Map.of("experts",
				List.of(Map.of("expertId", ofConstruction.actor().id(), "dueOn", "2026-12-04")), "reason", "请评审"));
		assertThat(outOfField).hasStatus(400).bodyJson().extractingPath("$.parameter").isEqualTo("experts");
		assertThat(body(outOfField)).contains(ofConstruction.actor().name());

		MvcTestResult asked = reviewer.post(number, "expert-review", Map.of("experts",
				List.of(Map.of("expertId", expert.actor().id(), "dueOn", "2026-12-04")), "reason", "请对经营场所布局提出意见"));
		assertThat(asked).hasStatusOk();
		assertThat(JsonPath.<String>read(body(asked), "$.specialPeriod.kind")).isEqualTo("EXPERT_REVIEW");
		assertThat(JsonPath.<Boolean>read(body(asked), "$.clock.paused")).isTrue();

		assertThat(JsonPath.<List<String>>read(body(expert.get("/api/v1/expert/cases")), "$[*].number"))
			.containsExactly(number);
		assertThat(expert.get("/api/v1/expert/cases/" + number)).hasStatusOk();
		assertThat(JsonPath.<List<String>>read(body(another.get("/api/v1/expert/cases")), "$[*].number")).isEmpty();
		assertThat(another.get("/api/v1/expert/cases/" + number)).hasStatus(404);

		assertThat(expert.opinion(number, Map.of("opinion", "缺少结论"), null)).hasStatus(400)
			.bodyJson()
			.extractingPath("$.parameter")
			.isEqualTo("outcome");
		MvcTestResult answered = expert.opinion(number, Map.of("outcome", "AGREE", "opinion", "布局合理"),
				new MockMultipartFile("file", "意见.pdf", "application/pdf", SampleFiles.pdf("api opinion")));
		assertThat(answered).hasStatusOk();
		assertThat(JsonPath.<String>read(body(answered), "$.assignment.opinion.outcome")).isEqualTo("AGREE");
		assertThat(expert.opinion(number, Map.of("outcome", "DISAGREE", "opinion", "改变主意"), null)).hasStatus(409);

		String reviews = body(reviewer.get("/api/v1/staff/cases/" + number + "/expert-reviews"));
		assertThat(JsonPath.<List<String>>read(reviews, "$[*].opinion.text")).containsExactly("布局合理");
		String attachment = JsonPath.<List<String>>read(reviews, "$[*].opinion.attachmentId").get(0);
		assertThat(reviewer.get("/api/v1/staff/cases/" + number + "/files/" + attachment)).hasStatusOk();
		String view = body(reviewer.get("/api/v1/staff/cases/" + number));
		assertThat(JsonPath.<List<String>>read(view, "$.history[*].action")).contains("EXPERT_REVIEW", "EXPERT_OPINION",
				"END_SPECIAL_PERIOD");
		assertThat(JsonPath.<Boolean>read(view, "$.clock.paused")).isFalse();
	}

	private Caller caller(TestAccounts people, Role role, String department) {
		Actor actor = people.staff(TestAccounts.accountName(), DepartmentRole.of(role, department));
		return new Caller(actor, tokens.issue(actor.id(), LogInMethod.PASSWORD).token());
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A system calling with a member of staff's or an expert's bearer token. */
	private final class Caller {

		private final Actor actor;

		private final String token;

		private final String address = TestAccounts.clientAddress();

		Caller(Actor actor, String token) {
			this.actor = actor;
			this.token = token;
		}

		Actor actor() {
			return actor;
		}

		MvcTestResult get(String uri) {
			return request(mvc.get().uri(uri));
		}

		MvcTestResult post(String number, String action, Object body) {
			return request(mvc.post()
				.uri("/api/v1/staff/cases/" + number + "/" + action)
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(body)));
		}

		MvcTestResult opinion(String number, Map<String, String> fields, MockMultipartFile file) {
			var request = mvc.post().uri("/api/v1/expert/cases/" + number + "/opinion").multipart();
			if (file != null) {
				request.file(file);
			}
			fields.forEach(request::param);
			return request(request);
		}

		private MvcTestResult request(AbstractMockHttpServletRequestBuilder<?> request) {
			return mvc.perform(request.header("Authorization", "Bearer " + token).with(call -> {
				call.setRemoteAddr(address);
				return call;
			}));
		}

	}

}
