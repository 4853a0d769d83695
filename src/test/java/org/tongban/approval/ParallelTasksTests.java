package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.application.CaseStep;
import org.tongban.approval.CaseFixtures.Submitted;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.LogInMethod;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.Visitor;
import org.tongban.identity.login.ApiTokens;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.support.TestClock;
import org.tongban.support.WebPage;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/**
 * A case whose process runs branches in parallel (R5, parallel approval): on a test model
 * where two reviews of the same role are open at once after acceptance, the queue, the
 * case page and every action work per task, and an action that could be on either task is
 * refused until it names one.
 */
@IdentityTest
class ParallelTasksTests {

	static final String PROCESS = "test-parallel-review";

	static final String DEPARTMENT = CaseFixtures.TEST_DEPARTMENT;

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	CaseWork work;

	@Autowired
	CaseFixtures cases;

	@Autowired
	RepositoryService repository;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	TestClock clock;

	@Autowired
	ApiTokens tokens;

	@BeforeEach
	void deployTheModel() {
		repository.createDeployment()
			.name(PROCESS)
			.addClasspathResource("processes-test/parallel-review.bpmn20.xml")
			.deploy();
	}

	@AfterEach
	void removeTheModel() {
		repository.createDeploymentQuery()
			.processDefinitionKey(PROCESS)
			.list()
			.forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
	}

	@Test
	@DisplayName("Both open reviews are in the queue and on the case; acting on one leaves the other open")
	void eachOpenTaskIsWorkedOnByItself() {
		String number = acceptedCase();
		Actor reviewer = cases.staff(Role.REVIEWER, DEPARTMENT);

		List<WorkItem> queued = work.queue(reviewer, QueueFilter.ALL, CaseFixtures.WHOLE_QUEUE)
			.items()
			.stream()
			.filter(item -> item.number().equals(number))
			.toList();
		assertThat(queued).extracting(WorkItem::step).containsExactly(CaseStep.REVIEW, CaseStep.REVIEW);
		assertThat(queued).extracting(WorkItem::taskId).doesNotContainNull().doesNotHaveDuplicates();

		CaseView both = work.open(reviewer, number);
		assertThat(both.tasks()).extracting(CaseView.OpenTask::id)
			.containsExactlyInAnyOrderElementsOf(queued.stream().map(WorkItem::taskId).toList());
		assertThat(both.tasks()).allSatisfy(task -> {
			assertThat(task.step()).isEqualTo(CaseStep.REVIEW);
			assertThat(task.forMe()).isTrue();
			assertThat(task.claimedBy()).isNull();
		});
		// Which of the two the viewer works on is theirs to choose.
		assertThat(both.task()).isNull();
		assertThat(both.actions()).doesNotContain(CaseAction.REVIEW, CaseAction.CLAIM);

		String first = both.tasks().get(0).id();
		String second = both.tasks().get(1).id();
		CaseView onFirst = work.onTask(first).open(reviewer, number);
		assertThat(onFirst.task()).isEqualTo(first);
		assertThat(onFirst.actions()).contains(CaseAction.CLAIM, CaseAction.REVIEW);

		CaseView claimed = work.onTask(first).claim(reviewer, number);
		assertThat(claimed.tasks()).filteredOn(task -> task.id().equals(first))
			.singleElement()
			.satisfies(task -> assertThat(task.claimedByMe()).isTrue());
		assertThat(claimed.tasks()).filteredOn(task -> task.id().equals(second))
			.singleElement()
			.satisfies(task -> assertThat(task.claimedBy()).isNull());

		CaseView reviewed = work.onTask(first).review(reviewer, number, ReviewOutcome.APPROVE, "符合条件。");
		assertThat(reviewed.step()).isEqualTo("REVIEW");
		assertThat(reviewed.tasks()).extracting(CaseView.OpenTask::id).containsExactly(second);
		assertThat(reviewed.history()).filteredOn(entry -> entry.action().equals("REVIEW"))
			.singleElement()
			.satisfies(entry -> assertThat(entry.step()).isEqualTo("REVIEW"));

		// One task is left: it is the one acted on without naming it.
		CaseView decisionNext = work.review(reviewer, number, ReviewOutcome.APPROVE, "符合条件。");
		assertThat(decisionNext.step()).isEqualTo("DECISION");
		assertThat(decisionNext.tasks()).singleElement()
			.satisfies(task -> assertThat(task.step()).isEqualTo(CaseStep.DECISION));
	}

	@Test
	@DisplayName("An action that fits both open reviews is refused (409) until it names one; so is a closed one")
	void anAmbiguousActionIsRefusedUnlessItNamesItsTask() {
		String number = acceptedCase();
		Actor reviewer = cases.staff(Role.REVIEWER, DEPARTMENT);

		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> work.review(reviewer, number, ReviewOutcome.APPROVE, "符合条件。"))
			.satisfies(refused -> {
				assertThat(refused.refusal()).isEqualTo(Refusal.CONFLICT);
				assertThat(refused.messageCode()).isEqualTo("approval.task.ambiguous");
			});
		assertThatExceptionOfType(RefusedException.class).isThrownBy(() -> work.claim(reviewer, number))
			.satisfies(refused -> assertThat(refused.messageCode()).isEqualTo("approval.task.ambiguous"));
		assertThat(work.open(reviewer, number).history()).extracting(CaseView.HistoryEntry::step)
			.doesNotContain("REVIEW");

		String first = work.open(reviewer, number).tasks().get(0).id();
		work.onTask(first).review(reviewer, number, ReviewOutcome.REJECT, "场所面积不足。");
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> work.onTask(first).review(reviewer, number, ReviewOutcome.APPROVE, "符合条件。"))
			.satisfies(refused -> {
				assertThat(refused.refusal()).isEqualTo(Refusal.CONFLICT);
				assertThat(refused.messageCode()).isEqualTo("approval.task.notOpen");
			});
	}

	@Test
	@DisplayName("The case page lists both open reviews, works on the one chosen, refuses an unnamed action")
	void theCasePageListsTheOpenTasks() {
		String number = acceptedCase();
		var enrolled = EnrolledStaff.create(accounts, secondFactor, clock,
				DepartmentRole.of(Role.REVIEWER, DEPARTMENT));
		var reviewer = new Visitor(mvc);
		reviewer.logIn(enrolled);
		String path = "/staff/cases/" + number;
		List<CaseView.OpenTask> open = work.open(enrolled.actor(), number).tasks();

		WebPage page = reviewer.page(path);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("办理中的任务", "请在下表中选择要办理的任务").doesNotContain("您此时没有可办理的操作");
		for (CaseView.OpenTask task : open) {
			assertThat(page.html()).contains("href=\"" + path + "?task=" + task.id() + "\"");
		}

		assertThat(reviewer.post(path + "/review", "outcome", "APPROVE", "opinion", "符合条件。")).hasRedirectedUrl(path);
		assertThat(reviewer.page(path).text()).contains("请选择要办理的任务");

		String chosen = open.get(1).id();
		WebPage onTask = reviewer.page(path + "?task=" + chosen);
		assertThat(onTask.text()).contains("正在办理");
		assertThat(onTask.html()).contains("href=\"" + path + "/review?task=" + chosen + "\"");
		WebPage form = reviewer.page(path + "/review?task=" + chosen);
		assertThat(form.html()).contains("name=\"task\"", "value=\"" + chosen + "\"");
		assertThat(reviewer.post(path + "/review", "task", chosen, "outcome", "APPROVE", "opinion", "符合条件。"))
			.hasRedirectedUrl(path);
		assertThat(work.open(enrolled.actor(), number).tasks()).extracting(CaseView.OpenTask::id)
			.containsExactly(open.get(0).id());
	}

	@Test
	@DisplayName("The staff API refuses an unnamed review with 409 and acts on the task its body names")
	void theApiNamesTheTaskInTheBody() throws Exception {
		String number = acceptedCase();
		Actor reviewer = cases.staff(Role.REVIEWER, DEPARTMENT);
		String first = work.open(reviewer, number).tasks().get(0).id();

		assertThat(review(reviewer, number, Map.of("outcome", "APPROVE", "opinion", "符合条件。"))).hasStatus(409);
		MvcTestResult named = review(reviewer, number, Map.of("outcome", "APPROVE", "opinion", "符合条件。", "task", first));
		assertThat(named).hasStatusOk();
		assertThat(JsonPath.<List<String>>read(named.getResponse().getContentAsString(StandardCharsets.UTF_8),
				"$.tasks[*].id"))
			.hasSize(1)
			.doesNotContain(first);
	}

	private MvcTestResult review(Actor staff, String number, Map<String, Object> body) {
		return mvc.post()
			.uri("/api/v1/staff/cases/" + number + "/review")
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body))
			.header("Authorization", "Bearer " + tokens.issue(staff.id(), LogInMethod.PASSWORD).token())
			.with(call -> {
				call.setRemoteAddr(TestAccounts.clientAddress());
				return call;
			})
			.exchange();
	}

	/** A case of a matter on the test model, accepted: both reviews are open. */
	private String acceptedCase() {
		Submitted submitted = cases.standard(cases.matter(PROCESS, true), DEPARTMENT);
		work.accept(cases.staff(Role.WINDOW_CLERK, DEPARTMENT), submitted.number(), null);
		return submitted.number();
	}

}
