package org.tongban.approval.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.tongban.application.Application;
import org.tongban.application.FoodLicenceApplications;
import org.tongban.application.FoodLicenceApplications.Restaurant;
import org.tongban.application.Submissions;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.LogInMethod;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.ApiTokens;
import org.tongban.support.TestClock;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/**
 * R14.3, R4, R5: the staff API works a case with JSON bodies; each action that does not
 * fit the step, the claim or the caller's role answers 409 with the reason, a missing
 * field 400 naming it, a case of another department 404.
 */
@IdentityTest
class StaffCaseApiTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Submissions submissions;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	TestAccounts testAccounts;

	@Autowired
	FoodLicenceApplications food;

	@Autowired
	TestClock clock;

	String number;

	Actor applicant;

	@BeforeEach
	void submitted() {
		testAccounts = new TestAccounts(accounts);
		Restaurant restaurant = food.restaurant();
		Application draft = food.completeDraft(restaurant);
		applicant = restaurant.enterprise();
		number = submissions.submit(applicant, draft.id(), UUID.randomUUID().toString()).number();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	@DisplayName("Issue 13 item 2, R15.3: the case, its task and the applicant's application say from which day the limits count, and whether after receipt or after acceptance")
	void theApisSayFromWhichDayTheLimitsCount() {
		// Received Friday 27 November 2026: counted from Monday 30 November until
		// accepted.
		Caller clerk = caller(Role.WINDOW_CLERK, "SCJGJ");
		var owner = new Caller(tokens.issue(applicant.id(), LogInMethod.PASSWORD).token());
		String queue = "/api/v1/staff/tasks?step=ACCEPTANCE&sort=RECEIVED";
		await().atMost(Duration.ofSeconds(30)).until(() -> listed(clerk, queue, number));

		String received = body(clerk.get("/api/v1/staff/cases/" + number));
		assertThat(JsonPath.<String>read(received, "$.countedFrom")).isEqualTo("RECEIPT");
		assertThat(JsonPath.<String>read(received, "$.limitsCountFrom")).isEqualTo("2026-11-30");
		assertThat(JsonPath.<Object>read(received, "$.clock.acceptedOn")).isNull();
		assertThat(JsonPath.<List<String>>read(taskPages(clerk, queue),
				"$.items[?(@.number == '" + number + "')].countedFrom"))
			.containsExactly("RECEIPT");
		String applied = body(owner.get("/api/v1/applications/" + number));
		assertThat(JsonPath.<String>read(applied, "$.clock.countedFrom")).isEqualTo("RECEIPT");
		assertThat(JsonPath.<String>read(applied, "$.clock.limitsCountFrom")).isEqualTo("2026-11-30");

		// Accepted on Thursday 3 December: the limits count from Friday 4 December (art.
		// 42). Tokens of a week ago
		// have expired.
		clock.set(LocalDateTime.of(2026, 12, 3, 15, 0));
		Caller clerkNow = caller(Role.WINDOW_CLERK, "SCJGJ");
		Caller ownerNow = new Caller(tokens.issue(applicant.id(), LogInMethod.PASSWORD).token());
		String accepted = body(clerkNow.post(number, "accept", Map.of("opinion", "材料齐全")));
		assertThat(JsonPath.<String>read(accepted, "$.countedFrom")).isEqualTo("ACCEPTANCE");
		assertThat(JsonPath.<String>read(accepted, "$.limitsCountFrom")).isEqualTo("2026-12-04");
		assertThat(JsonPath.<String>read(accepted, "$.clock.acceptedOn")).isEqualTo("2026-12-03");
		Caller reviewer = caller(Role.REVIEWER, "SCJGJ");
		assertThat(JsonPath.<List<String>>read(taskPages(reviewer, "/api/v1/staff/tasks?step=INITIAL_REVIEW"),
				"$.items[?(@.number == '" + number + "')].limitsCountFrom"))
			.containsExactly("2026-12-04");
		applied = body(ownerNow.get("/api/v1/applications/" + number));
		assertThat(JsonPath.<String>read(applied, "$.clock.countedFrom")).isEqualTo("ACCEPTANCE");
		assertThat(JsonPath.<String>read(applied, "$.clock.limitsCountFrom")).isEqualTo("2026-12-04");
	}

	/** The page of a queue that lists the case, or the last page. */
	private String taskPages(Caller caller, String queue) {
		for (int page = 1;; page++) {
			String body = body(caller.get(queue + "&size=100&page=" + page));
			if (body.contains(number) || page >= JsonPath.<Integer>read(body, "$.totalPages")) {
				return body;
			}
		}
	}

	@Test
	@DisplayName("R4.1, R5.4: a clerk accepts and a reviewer reviews through the API; what does not fit is 409")
	void staffWorkACaseThroughTheApi() {
		Caller clerk = caller(Role.WINDOW_CLERK, "SCJGJ");
		Caller reviewer = caller(Role.REVIEWER, "SCJGJ");
		Caller approver = caller(Role.APPROVER, "SCJGJ");
		String acceptanceQueue = "/api/v1/staff/tasks?step=ACCEPTANCE&claim=UNCLAIMED&sort=RECEIVED";
		await().atMost(Duration.ofSeconds(30)).until(() -> listed(clerk, acceptanceQueue, number));

		MvcTestResult opened = clerk.get("/api/v1/staff/cases/" + number);
		assertThat(opened).hasStatusOk();
		assertThat(JsonPath.<List<String>>read(body(opened), "$.actions")).contains("claim", "accept", "refuse",
				"request-correction", "write");
		assertThat(JsonPath.<String>read(body(opened), "$.step")).isEqualTo("ACCEPTANCE");

		MvcTestResult notTheirs = reviewer.post(number, "review", Map.of("outcome", "APPROVE", "opinion", "同意"));
		assertThat(notTheirs).hasStatus(409);
		assertThat(body(notTheirs)).contains("受理");
		assertThat(clerk.post(number, "approve", Map.of())).hasStatus(404);
		assertThat(clerk.post(number, "refuse", Map.of("reason", "不属于本机关职权"))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.parameter")
			.isEqualTo("legalBasis");

		MvcTestResult accepted = clerk.post(number, "accept", Map.of("opinion", "材料齐全"));
		assertThat(accepted).hasStatusOk();
		assertThat(JsonPath.<String>read(body(accepted), "$.step")).isEqualTo("INITIAL_REVIEW");
		assertThat(clerk.post(number, "accept", Map.of())).hasStatus(409);

		assertThat(reviewer.post(number, "request-correction", Map.of("items", List.of()))).hasStatus(400);
		assertThat(reviewer.post(number, "review", Map.of("outcome", "APPROVE"))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.parameter")
			.isEqualTo("opinion");
		assertThat(
				approver.post(number, "decide", Map.of("decision", "GRANT", "reasons", "符合条件", "legalBasis", "第三十八条")))
			.hasStatus(409);
		assertThat(reviewer.post(number, "extend", Map.of("reason", "情况复杂"))).hasStatus(409);
		MvcTestResult reviewed = reviewer.post(number, "review", Map.of("outcome", "APPROVE", "opinion", "初审同意"));
		assertThat(reviewed).hasStatusOk();
		assertThat(JsonPath.<String>read(body(reviewed), "$.step")).isEqualTo("INSPECTION");
		assertThat(JsonPath.<List<String>>read(body(reviewed), "$.history[*].opinion")).contains("材料齐全", "初审同意");

		MvcTestResult extended = approver.post(number, "extend", Map.of("reason", "需要补充核查"));
		assertThat(extended).hasStatusOk();
		assertThat(JsonPath.<Integer>read(body(extended), "$.clock.extension.days")).isEqualTo(10);
		assertThat(approver.post(number, "extend", Map.of("reason", "再次"))).hasStatus(409);

		String materialId = JsonPath.<List<String>>read(body(extended), "$.materials[*].attachmentId").get(0);
		assertThat(reviewer.get("/api/v1/staff/cases/" + number + "/files/" + materialId)).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_PDF);
		assertThat(reviewer.get("/api/v1/staff/cases/" + number + "/files/" + UUID.randomUUID())).hasStatus(404);
	}

	@Test
	@DisplayName("R4, R5: at acceptance every action that is not the clerk's is 409, for the reviewer and the clerk")
	void everyActionThatDoesNotFitTheStepOrRoleIs409() {
		Caller clerk = caller(Role.WINDOW_CLERK, "SCJGJ");
		Caller reviewer = caller(Role.REVIEWER, "SCJGJ");
		await().atMost(Duration.ofSeconds(30)).until(() -> listed(clerk, "/api/v1/staff/tasks", number));
		Map<String, Object> bodies = Map.ofEntries(Map.entry("claim", Map.of()), Map.entry("release", Map.of()),
				Map.entry("accept", Map.of()), Map.entry("refuse", Map.of("reason", "理由", "legalBasis", "依据")),
				Map.entry("request-correction",
						Map.of("items", List.of(Map.of("kind", "MATERIAL", "code", "M04", "problem", "看不清")))),
				Map.entry("review", Map.of("outcome", "APPROVE", "opinion", "同意")),
				Map.entry("send-back", Map.of("toStep", "ACCEPTANCE", "opinion", "退回")),
				Map.entry("start-special-period",
						Map.of("kind", "HEARING", "reason", "听证", "expectedEnd", "2026-12-31")),
				Map.entry("end-special-period", Map.of("result", "结束")), Map.entry("extend", Map.of("reason", "复杂")),
				Map.entry("decide", Map.of("decision", "GRANT", "reasons", "符合", "legalBasis", "依据")));

		bodies.forEach((action, body) -> assertThat(reviewer.post(number, action, body)).as(action).hasStatus(409));
		for (String action : List.of("release", "review", "send-back", "start-special-period", "end-special-period",
				"extend", "decide")) {
			MvcTestResult refused = clerk.post(number, action, bodies.get(action));
			assertThat(refused).as(action).hasStatus(409);
			assertThat(refused).as(action).bodyJson().extractingPath("$.detail").asString().isNotBlank();
		}
		assertThat(clerk.post(number, "write", Map.of("body", "请补充联系电话"))).hasStatusOk();
	}

	@Test
	@DisplayName("R12.5: another department's clerk neither lists nor opens nor acts on the case")
	void anotherDepartmentGets404() {
		Caller otherClerk = caller(Role.WINDOW_CLERK, "ZJJ");
		Caller clerk = caller(Role.WINDOW_CLERK, "SCJGJ");
		await().atMost(Duration.ofSeconds(30)).until(() -> listed(clerk, "/api/v1/staff/tasks", number));

		assertThat(listed(otherClerk, "/api/v1/staff/tasks", number)).isFalse();
		assertThat(otherClerk.get("/api/v1/staff/cases/" + number)).hasStatus(404);
		assertThat(otherClerk.post(number, "accept", Map.of())).hasStatus(404);
	}

	@Test
	@DisplayName("R14.3: the staff API is in the OpenAPI document, bearer-secured")
	void theStaffApiIsDocumented() {
		MvcTestResult api = mvc.get().uri("/v3/api-docs").exchange();
		assertThat(api).hasStatusOk();
		assertThat(JsonPath.<List<Object>>read(body(api),
				"$.paths['/api/v1/staff/cases/{number}/{action}'].post.security[*].bearer"))
			.hasSize(1);
		assertThat(JsonPath.<Map<String, Object>>read(body(api), "$.paths['/api/v1/staff/tasks'].get")).isNotEmpty();
	}

	private Caller caller(Role role, String department) {
		Actor staff = testAccounts.staff(TestAccounts.accountName(), DepartmentRole.of(role, department));
		return new Caller(tokens.issue(staff.id(), LogInMethod.PASSWORD).token());
	}

	@Test
	@DisplayName("A work queue is read a page at a time: 50 tasks unless asked, at most 100")
	void theTaskListIsPaged() {
		Caller clerk = caller(Role.WINDOW_CLERK, "SCJGJ");
		await().atMost(Duration.ofSeconds(30)).until(() -> listed(clerk, "/api/v1/staff/tasks", number));

		String first = body(clerk.get("/api/v1/staff/tasks?size=1"));

		assertThat(JsonPath.<List<Object>>read(first, "$.items")).hasSize(1);
		assertThat(JsonPath.<Integer>read(first, "$.totalItems")).isPositive();
		assertThat(JsonPath.<Integer>read(body(clerk.get("/api/v1/staff/tasks")), "$.size")).isEqualTo(50);
		assertThat(clerk.get("/api/v1/staff/tasks?size=101")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.parameter")
			.isEqualTo("size");
		assertThat(clerk.get("/api/v1/staff/tasks?page=0")).hasStatus(400);
	}

	@Test
	@DisplayName("R14.3: a queue filtered by a step that does not exist is refused with the steps there are, not answered empty")
	void anUnknownStepIsRefused() {
		Caller clerk = caller(Role.WINDOW_CLERK, "SCJGJ");

		var refused = clerk.get("/api/v1/staff/tasks?step=APPROVAL");

		assertThat(refused).hasStatus(400).bodyJson().extractingPath("$.parameter").isEqualTo("step");
		assertThat(body(refused)).contains("ACCEPTANCE").contains("DECISION");
	}

	/** Whether the case is on any page of the queue. */
	private static boolean listed(Caller caller, String queue, String number) {
		for (int page = 1;; page++) {
			String body = body(caller.get(queue + (queue.contains("?") ? "&" : "?") + "size=100&page=" + page));
			if (body.contains(number)) {
				return true;
			}
			if (page >= JsonPath.<Integer>read(body, "$.totalPages")) {
				return false;
			}
		}
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A department system calling with a member of staff's bearer token. */
	private final class Caller {

		private final String token;

		private final String address = TestAccounts.clientAddress();

		Caller(String token) {
			this.token = token;
		}

		MvcTestResult get(String uri) {
			return request(mvc.get().uri(uri));
		}

		MvcTestResult post(String caseNumber, String action, Object body) {
			return request(mvc.post()
				.uri("/api/v1/staff/cases/" + caseNumber + "/" + action)
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(body)));
		}

		private MvcTestResult request(AbstractMockHttpServletRequestBuilder<?> request) {
			return mvc.perform(request.header("Authorization", "Bearer " + token).with(call -> {
				call.setRemoteAddr(address);
				return call;
			}));
		}

	}

}
