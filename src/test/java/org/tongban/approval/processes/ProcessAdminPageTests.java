package org.tongban.approval.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * R5.1: a system administrator sees the deployed processes and the process of every matter at /admin/processes,
 * uploads a matter's model, is told every problem of a refused one or shown the new version, and downloads any
 * version's BPMN file. Deployments are in the administrators' log.
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
				new Actor(UUID.randomUUID(), AccountKind.STAFF, "管理员", List.of(DepartmentRole.of(Role.SYSTEM_ADMIN,
						"ZWFWJ"))));

		WebPage page = admin.page("/admin/processes");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.title()).contains("审批流程");
		assertThat(page.text()).contains("已部署的流程", MATTER, "测试事项审批流程", "事项使用的流程", "SCJGJ-SPJYXK",
				"食品经营许可（新办）", "事项自有流程");
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
		assertThat(jdbc.sql("select count(*) from identity_admin_event where admin_id = :admin and action = 'PROCESS_DEPLOY'"
				+ " and detail = :detail")
			.param("admin", adminAccount.actor().id())
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
		assertThat(page.text()).contains("存在以下问题", "流程的 id 是“OTHER”，必须与事项编码“" + MATTER + "”相同",
				"用户任务“review”的候选组“dept:SCJGJ:reviewer”无效：应为 dept:WJW:角色 或 dept:${departmentCode}:角色");
		assertThat(page.html()).contains("<option value=\"" + MATTER + "\" selected=\"selected\"");
		assertThat(models.keyFor(MATTER, "approval-standard")).isEqualTo("approval-standard");
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
		assertThat(download.getResponse().getHeader("Content-Disposition"))
			.contains("attachment", MATTER + "-v1.bpmn20.xml");
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
