package org.tongban.approval.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.Role;
import org.tongban.identity.Visitor;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.support.WebPage;

/**
 * R5.1: a system administrator sees the deployed processes and the process of every
 * matter at /admin/processes, uploads a matter's model, is told every problem of a
 * refused one or shown the new version, and downloads any version's BPMN file.
 * Deployments are in the administrators' log. R12.8: a model whose expressions reach
 * beyond the variables the platform sets is refused, with the element and the expression
 * named.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProcessAdminPageTests {

	static final String MATTER = ProcessModelsTests.MATTER;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProcessModels models;

	@Autowired
	RepositoryService repository;

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	Visitor admin;

	EnrolledStaff adminAccount;

	@BeforeEach
	void logIn() {
		adminAccount = EnrolledStaff.create(accounts, secondFactor, clock,
				DepartmentRole.of(Role.SYSTEM_ADMIN, "ZWFWJ"));
		admin = new Visitor(mvc);
		admin.logIn(adminAccount);
	}

	@AfterEach
	void removeDeployments() {
		repository.createDeploymentQuery()
			.processDefinitionKey(MATTER)
			.list()
			.forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
	}

	@Test
	void theListShowsDeployedVersionsAndTheProcessOfEveryMatter() throws Exception {
		models.deploy(MATTER, "nurse.bpmn20.xml", ProcessModelsTests.model().getBytes(StandardCharsets.UTF_8),
				new Actor(UUID.randomUUID(), AccountKind.STAFF, "管理员",
						List.of(DepartmentRole.of(Role.SYSTEM_ADMIN, "ZWFWJ"))));

		WebPage page = admin.page("/admin/processes");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.title()).contains("审批流程");
		assertThat(page.text()).contains("已部署的流程", MATTER, "测试事项审批流程", "事项使用的流程", "SCJGJ-SPJYXK", "食品经营许可（新办）",
				"事项自有流程");
		assertThat(page.html()).contains("/admin/processes/" + MATTER + "/1.bpmn", "/admin/processes/upload");
	}

	@Test
	void anUploadDeploysTheModelAndConfirmsTheNewVersion() throws Exception {
		admin.page("/admin/processes/upload?matter=" + MATTER);

		MvcTestResult uploaded = admin.upload("/admin/processes/upload?matter=" + MATTER, "file", "nurse.bpmn20.xml",
				ProcessModelsTests.model().getBytes(StandardCharsets.UTF_8));

		assertThat(uploaded).hasStatus3xxRedirection().hasRedirectedUrl("/admin/processes/" + MATTER + "/1");
		assertThat(models.keyFor(MATTER, "approval-standard")).isEqualTo(MATTER);
		WebPage confirmation = WebPage.of(admin.get("/admin/processes/" + MATTER + "/1"));
		assertThat(confirmation.text()).contains("流程已部署", MATTER + " v1", "nurse.bpmn20.xml", "新办件将使用此版本");
		assertThat(jdbc
			.sql("select count(*) from supervision_audit_record where actor_id = :admin and action = 'process.deploy'"
					+ " and object_type = 'process' and object_id = :matter and detail = :detail and outcome = 'SUCCESS'")
			.param("admin", adminAccount.actor().id())
			.param("matter", MATTER)
			.param("detail", MATTER + " v1")
			.query(Long.class)
			.single()).isEqualTo(1);

		WebPage again = admin.page("/admin/processes/" + MATTER + "/1");
		assertThat(again.text()).doesNotContain("流程已部署").contains(MATTER + " 第 1 版");
	}

	@Test
	void aRefusedUploadListsEveryProblemNextToTheFile() throws Exception {
		admin.page("/admin/processes/upload");
		String faulty = ProcessModelsTests.model()
			.replace("dept:WJW:reviewer", "dept:SCJGJ:reviewer")
			.replace("id=\"" + MATTER + "\"", "id=\"OTHER\"");

		WebPage page = WebPage.of(admin.upload("/admin/processes/upload?matter=" + MATTER, "file", "bad.bpmn",
				faulty.getBytes(StandardCharsets.UTF_8)));

		assertThat(page.status()).isEqualTo(422);
		assertThat(page.title()).startsWith("错误：");
		assertThat(page.text()).contains("存在以下问题", "流程的 id 是“OTHER”，必须与事项或一件事的编码“" + MATTER + "”相同",
				"用户任务“review”的候选组“dept:SCJGJ:reviewer”无效：应为 dept:WJW:角色 或 dept:${departmentCode}:角色");
		assertThat(page.html()).contains("<option value=\"" + MATTER + "\" selected=\"selected\"");
		assertThat(models.keyFor(MATTER, "approval-standard")).isEqualTo("approval-standard");
	}

	@Test
	@DisplayName("R12.8: the attack's model, whose condition runs SQL through the application's JdbcClient, is refused at upload")
	void theModelThatRanSqlIsRefused() throws Exception {
		admin.page("/admin/processes/upload");
		String condition = "${jdbcClient.sql('delete from supervision_audit_record').update() >= 0}";

		WebPage page = WebPage.of(admin.upload("/admin/processes/upload?matter=" + MATTER, "file", "attack.bpmn",
				withCondition(condition).getBytes(StandardCharsets.UTF_8)));

		assertThat(page.status()).isEqualTo(422);
		assertThat(page.text()).contains("存在以下问题", "“toReview”的表达式 " + condition + " 用了“jdbcClient”：",
				"平台设定的变量（acceptanceDeadline, bundleId, caseId, denied, departmentCode, matterCode, number, route）");
		assertThat(models.keyFor(MATTER, "approval-standard")).isEqualTo("approval-standard");
	}

	/**
	 * The variants of the attack: another bean, a method or property of a variable, a
	 * class by name, an expression hidden in a string, and expressions in the other
	 * places the engine evaluates them.
	 */
	static Stream<Arguments> variants() throws IOException {
		return Stream.of(
				arguments(withCondition("${fieldCipher.decrypt(route) != null}"),
						"“toReview”的表达式 ${fieldCipher.decrypt(route) != null} 用了“fieldCipher”"),
				arguments(withCondition("${fieldCipher}"), "“toReview”的表达式 ${fieldCipher} 用了“fieldCipher”"),
				arguments(withCondition("${applicationContext}"), "用了“applicationContext”"),
				arguments(withCondition("#{environment}"), "“toReview”的表达式 #{environment} 用了“environment”"),
				arguments(withCondition("${route.getClass() != null}"),
						"“toReview”的表达式 ${route.getClass() != null} 在“.”处读取属性或调用方法"),
				arguments(withCondition("${route.toString() == 'ACCEPT'}"), "在“.”处读取属性或调用方法"),
				arguments(withCondition("${route['class'] != null}"), "在“[”处读取属性或调用方法"),
				arguments(withCondition("${T(java.lang.Runtime).getRuntime().exec('id') != null}"), "用了“T”"),
				arguments(withCondition("${route == '${jdbcClient}'}"), "的字符串 '${jdbcClient}' 里又含有表达式"),
				arguments(ProcessModelsTests.model()
					.replace(REVIEW, REVIEW + "\n    <boundaryEvent"
							+ " id=\"reviewTimer\" attachedToRef=\"review\" cancelActivity=\"false\"><timerEventDefinition>"
							+ "<timeDate>${jdbcClient.sql('x').update()}</timeDate></timerEventDefinition></boundaryEvent>\n"
							+ "    <sequenceFlow id=\"afterTimer\" sourceRef=\"reviewTimer\" targetRef=\"end\"/>"),
						"“reviewTimer”的表达式 ${jdbcClient.sql('x').update()} 用了“jdbcClient”"),
				arguments(
						inReview("<extensionElements><flowable:taskListener event=\"create\""
								+ " expression=\"${execution.setVariable('route', 'GRANT')}\"/></extensionElements>"),
						"“review”的表达式 ${execution.setVariable('route', 'GRANT')} 用了“execution”"),
				arguments(
						inReview("<extensionElements><flowable:executionListener event=\"start\""
								+ " delegateExpression=\"${jdbcClient}\"/></extensionElements>"),
						"“review”的委托表达式“${jdbcClient}”不是平台提供的委托：只能写作 ${名称}，名称为 deemedAcceptance"),
				arguments(
						ProcessModelsTests.model()
							.replace("dept:WJW:reviewer", "dept:${departmentCode.concat('')}:reviewer"),
						"“review”的表达式 dept:${departmentCode.concat('')}:reviewer 在“.”处读取属性或调用方法"),
				arguments(
						inReview("<multiInstanceLoopCharacteristics isSequential=\"true\"><loopCardinality>"
								+ "${environment.getProperty('spring.datasource.password').length()}</loopCardinality>"
								+ "</multiInstanceLoopCharacteristics>"),
						"“review”的表达式 ${environment.getProperty('spring.datasource.password').length()} 用了“environment”"),
				arguments(ProcessModelsTests.model().replace("name=\"审查\"", "name=\"${fieldCipher.encrypt('x')}\""),
						"“review”的表达式 ${fieldCipher.encrypt('x')} 用了“fieldCipher”"),
				arguments(inReview("<documentation>$<![CDATA[{jdbcClient}]]></documentation>"),
						"“review”的表达式 ${jdbcClient} 用了“jdbcClient”"));
	}

	@ParameterizedTest
	@MethodSource("variants")
	@DisplayName("R12.8: beans, methods, classes and nested expressions are refused in conditions, timers, listeners, assignments, multi-instance and names")
	void everyExpressionOfTheModelIsHeldToTheGrammar(String model, String problem) {
		admin.page("/admin/processes/upload");

		WebPage page = WebPage.of(admin.upload("/admin/processes/upload?matter=" + MATTER, "file", "variant.bpmn",
				model.getBytes(StandardCharsets.UTF_8)));

		assertThat(page.status()).isEqualTo(422);
		assertThat(page.text()).contains("存在以下问题", problem);
		assertThat(models.keyFor(MATTER, "approval-standard")).isEqualTo("approval-standard");
	}

	/** The end of the test model's review task. */
	private static final String REVIEW = "flowable:candidateGroups=\"dept:WJW:reviewer\"/>";

	/** The test model with elements inside its review task. */
	static String inReview(String elements) throws IOException {
		return ProcessModelsTests.model().replace(REVIEW, REVIEW.replace("/>", ">" + elements + "</userTask>"));
	}

	/** The test model, its flow from acceptance to review taken on a condition. */
	static String withCondition(String condition) throws IOException {
		return ProcessModelsTests.model()
			.replace("<sequenceFlow id=\"toReview\" sourceRef=\"acceptance\" targetRef=\"review\"/>",
					"<sequenceFlow id=\"toReview\" sourceRef=\"acceptance\" targetRef=\"review\"><conditionExpression>"
							+ condition + "</conditionExpression></sequenceFlow>");
	}

	@Test
	void anUploadWithoutMatterOrFileAsksForIt() {
		admin.page("/admin/processes/upload");

		WebPage noMatter = WebPage.of(admin.upload("/admin/processes/upload", "file", "m.bpmn", new byte[] { '<' }));
		WebPage noFile = WebPage.of(admin.post("/admin/processes/upload", "matter", MATTER));

		assertThat(noMatter.status()).isEqualTo(400);
		assertThat(noMatter.text()).contains("请选择事项。");
		assertThat(noFile.status()).isEqualTo(400);
		assertThat(noFile.text()).contains("请选择要上传的 BPMN 流程文件。");
	}

	@Test
	void aDeployedVersionIsDownloadedAsItsBpmnFile() throws Exception {
		admin.page("/admin/processes/upload");
		admin.upload("/admin/processes/upload?matter=" + MATTER, "file", "nurse.bpmn20.xml",
				ProcessModelsTests.model().getBytes(StandardCharsets.UTF_8));

		MvcTestResult download = admin.get("/admin/processes/" + MATTER + "/1.bpmn");

		assertThat(download).hasStatusOk().hasContentType("application/xml");
		assertThat(download.getResponse().getHeader("Content-Disposition")).contains("attachment",
				MATTER + "-v1.bpmn20.xml");
		assertThat(download.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(ProcessModelsTests.model());
		assertThat(admin.get("/admin/processes/" + MATTER + "/9.bpmn")).hasStatus(404);
	}

	@Test
	void theAdminConsoleLeadsToTheProcesses() {
		WebPage home = admin.page("/admin");

		assertThat(home.html()).contains("href=\"/admin/processes\"");
		assertThat(home.text()).contains("审批流程");
	}

	@Test
	void nobodyElseReachesThePages() {
		var reviewer = new Visitor(mvc);
		reviewer.logIn(EnrolledStaff.create(accounts, secondFactor, clock, DepartmentRole.of(Role.REVIEWER, "WJW")));

		assertThat(reviewer.get("/admin/processes")).hasStatus(403);
		assertThat(reviewer.upload("/admin/processes/upload?matter=" + MATTER, "file", "m.bpmn", new byte[] { '<' }))
			.hasStatus(403);
	}

}
