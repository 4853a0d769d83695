package org.tongban.approval.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;

/**
 * R5.1: an administrator changes a matter's process without code by uploading a BPMN
 * model; new cases start its newest version, cases under way keep theirs, and a model
 * that is not sound or not safe is refused with its reasons. The tests deploy for a
 * matter no other test starts cases of, and remove their deployments afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProcessModelsTests {

	/** 护士执业注册, of the health commission: no test starts cases of it. */
	static final String MATTER = "WJW-HSZYZC";

	static final String DEPARTMENT = "WJW";

	static final Actor ADMIN = new Actor(UUID.randomUUID(), AccountKind.STAFF, "系统管理员",
			List.of(DepartmentRole.of(Role.SYSTEM_ADMIN, "ZWFWJ")));

	@Autowired
	ProcessModels models;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeDeployments() {
		repository.createDeploymentQuery()
			.processDefinitionKey(MATTER)
			.list()
			.forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
	}

	@Test
	@DisplayName("R5.1: an uploaded model is deployed as version 1, then 2, and new cases of the matter start it")
	void aValidUploadDeploysANewVersionThatNewCasesStart() throws IOException {
		assertThat(models.keyFor(MATTER, "approval-standard")).isEqualTo("approval-standard");

		DeployedProcess first = models.deploy(MATTER, "nurse.bpmn20.xml", bytes(model()), ADMIN);
		DeployedProcess second = models.deploy(MATTER, "C:\\models\\nurse-v2.bpmn", bytes(model()), ADMIN);

		assertThat(first.key()).isEqualTo(MATTER);
		assertThat(first.version()).isEqualTo(1);
		assertThat(first.name()).isEqualTo("测试事项审批流程");
		assertThat(first.fileName()).isEqualTo("nurse.bpmn20.xml");
		assertThat(first.deployedAt()).isNotNull();
		assertThat(second.version()).isEqualTo(2);
		assertThat(second.fileName()).isEqualTo("nurse-v2.bpmn");
		assertThat(models.keyFor(MATTER, "approval-standard")).isEqualTo(MATTER);
		assertThat(models.keyFor("WJW-YSZYZC", "approval-standard")).isEqualTo("approval-standard");
		assertThat(models.deployed()).filteredOn(process -> process.key().equals(MATTER))
			.extracting(DeployedProcess::version)
			.containsExactly(2, 1);
		assertThat(models.matters()).filteredOn(matter -> matter.code().equals(MATTER))
			.singleElement()
			.satisfies(matter -> {
				assertThat(matter.usedKey()).isEqualTo(MATTER);
				assertThat(matter.hasOwnModel()).isTrue();
			});
		assertThat(new String(models.model(MATTER, 2), StandardCharsets.UTF_8)).contains("id=\"" + MATTER + "\"");
	}

	@Test
	@DisplayName("R5.1: a case under way keeps the version it started on when a new one is deployed")
	void aCaseUnderWayKeepsItsVersion() throws IOException {
		models.deploy(MATTER, "v1.bpmn20.xml", bytes(model()), ADMIN);
		ProcessInstance started = runtime.startProcessInstanceByKey(MATTER, Map.of("departmentCode", DEPARTMENT));

		models.deploy(MATTER, "v2.bpmn20.xml", bytes(model().replace("name=\"受理\"", "name=\"受理（新）\"")), ADMIN);
		ProcessInstance later = runtime.startProcessInstanceByKey(MATTER, Map.of("departmentCode", DEPARTMENT));

		assertThat(repository.getProcessDefinition(started.getProcessDefinitionId()).getVersion()).isEqualTo(1);
		assertThat(repository.getProcessDefinition(later.getProcessDefinitionId()).getVersion()).isEqualTo(2);
		var task = tasks.createTaskQuery().processInstanceId(started.getId()).singleResult();
		assertThat(task.getName()).isEqualTo("受理");
		assertThat(tasks.createTaskQuery().processInstanceId(later.getId()).singleResult().getName())
			.isEqualTo("受理（新）");
		assertThat(tasks.createTaskQuery().taskCandidateGroup("dept:WJW:window_clerk").list())
			.extracting(org.flowable.task.api.Task::getId)
			.contains(task.getId());
		assertThat(models.deployed()).filteredOn(process -> process.key().equals(MATTER))
			.extracting(DeployedProcess::version, DeployedProcess::runningInstances)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, 1L), org.assertj.core.groups.Tuple.tuple(1, 1L));
	}

	@Test
	@DisplayName("R5.1, R12: a model with a DTD or external entity is refused before anything reads the entity")
	void anXxePayloadIsRefused() throws IOException {
		String xxe = """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				"""
				+ model().substring(model().indexOf("<definitions")).replace("name=\"测试事项审批流程\"", "name=\"&secret;\"");

		assertThat(refusal(xxe)).containsExactly("approval.process.doctype");
		assertThat(refusal(model().replace("<definitions",
				"<!DOCTYPE definitions SYSTEM \"http://evil.example/x.dtd\">\n<definitions")))
			.containsExactly("approval.process.doctype");
		assertThat(models.keyFor(MATTER, "approval-standard")).isEqualTo("approval-standard");
	}

	@Test
	@DisplayName("R5.1: an empty, too large, malformed or non-BPMN file is refused with its reason")
	void aFileThatIsNotABpmnModelIsRefused() throws IOException {
		assertThat(refusal(new byte[0])).containsExactly("approval.process.empty");
		assertThat(refusal(new byte[ProcessModelCheck.MAX_BYTES + 1])).containsExactly("approval.process.tooLarge");
		assertThat(refusal(model().replace("</definitions>", ""))).containsExactly("approval.process.notXml");
		assertThat(refusal("<?xml version=\"1.0\"?><note><to>窗口</to></note>"))
			.containsExactly("approval.process.notBpmn");
		assertThat(refusal(model().replace("<userTask id=\"review\"", "<userTaskk id=\"review\"")))
			.containsExactly("approval.process.notBpmn");
	}

	@Test
	@DisplayName("R5.1: a model the engine's validator finds faulty is refused with the validator's finding")
	void aModelTheValidatorRefusesIsRefused() throws IOException {
		String noWayOut = model().replace("<sequenceFlow id=\"toEnd\" sourceRef=\"decision\" targetRef=\"end\"/>",
				"<sequenceFlow id=\"toGate\" sourceRef=\"decision\" targetRef=\"gate\"/>\n"
						+ "    <exclusiveGateway id=\"gate\"/>");

		var refused = catchThrowableOfType(ProcessModelRefusedException.class,
				() -> models.deploy(MATTER, "m.bpmn20.xml", noWayOut.getBytes(StandardCharsets.UTF_8), ADMIN));

		assertThat(refused.problems()).extracting(ProcessModelProblem::code).contains("approval.process.invalid");
		assertThat(refused.problems()).filteredOn(problem -> problem.code().equals("approval.process.invalid"))
			.first()
			.satisfies(problem -> assertThat(problem.args()[0]).isEqualTo("gate"));
		assertThat(refused.refusal()).isEqualTo(Refusal.UNPROCESSABLE);
	}

	@Test
	@DisplayName("R5.1: a model without its diagram is refused, so that a downloaded model opens in any modeler")
	void aModelWithoutItsDiagramIsRefused() throws IOException {
		String model = model();
		String undrawn = model.substring(0, model.indexOf("<bpmndi:BPMNDiagram")) + "</definitions>\n";

		assertThat(refusal(undrawn)).containsExactly("approval.process.noDiagram");
		assertThat(refusal(model.replaceAll("(?s)<bpmndi:BPMNEdge id=\"toEnd_di\".*?</bpmndi:BPMNEdge>", "")))
			.containsExactly("approval.process.noDiagram");
	}

	@Test
	@DisplayName("R5.1: the model has exactly one executable process, named by the matter's code, with a user task")
	void theProcessMustBeTheMattersOne() throws IOException {
		assertThat(refusal(model().replace("id=\"" + MATTER + "\"", "id=\"WJW-YSZYZC\"")))
			.containsExactly("approval.process.idMismatch");
		assertThat(refusal(model().replace("isExecutable=\"true\"", "isExecutable=\"false\"")))
			.contains("approval.process.oneProcess");
		assertThat(refusal(model().replace("<bpmndi:BPMNDiagram",
				"<process id=\"other\" isExecutable=\"true\"><startEvent id=\"s2\"/></process>\n<bpmndi:BPMNDiagram")))
			.contains("approval.process.oneProcess");
		String noUserTask = """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="t">
				  <process id="%s" isExecutable="true">
				    <startEvent id="start"/>
				    <sequenceFlow id="f" sourceRef="start" targetRef="end"/>
				    <endEvent id="end"/>
				  </process>
				</definitions>
				""".formatted(MATTER);
		assertThat(refusal(noUserTask)).containsExactly("approval.process.noUserTask");
	}

	@Test
	@DisplayName("R5.1, R12.5: every user task is a step of the case and goes to a staff role of the matter's department")
	void everyUserTaskIsAStepForARoleOfTheDepartment() throws IOException {
		assertThat(refusal(model().replace("flowable:category=\"REVIEW\"", "flowable:category=\"PAYMENT\"")))
			.containsExactly("approval.process.stepCode");
		assertThat(refusal(model().replace(" flowable:category=\"REVIEW\"", "")))
			.containsExactly("approval.process.stepCode");
		assertThat(refusal(model().replace("dept:WJW:reviewer", "dept:SCJGJ:reviewer")))
			.containsExactly("approval.process.candidateGroup");
		assertThat(refusal(model().replace("dept:WJW:reviewer", "dept:WJW:system_admin")))
			.containsExactly("approval.process.candidateGroup");
		assertThat(refusal(model().replace("dept:WJW:reviewer", "admins")))
			.containsExactly("approval.process.candidateGroup");
		assertThat(refusal(
				model().replace(" flowable:candidateGroups=\"dept:WJW:reviewer\"", " flowable:assignee=\"someone\"")))
			.containsExactly("approval.process.noCandidateGroup");
	}

	@Test
	@DisplayName("R5.1, R12: a model runs nothing but the platform's beans: no scripts, classes or built-in tasks")
	void aModelMayCallOnlyThePlatformsBeans() throws IOException {
		assertThat(refusal(withTask(
				"<scriptTask id=\"step\" scriptFormat=\"groovy\"><script>'rm -rf /'.execute()</script></scriptTask>")))
			.containsExactly("approval.process.script");
		assertThat(refusal(withTask("<serviceTask id=\"step\" flowable:class=\"com.example.Evil\"/>")))
			.containsExactly("approval.process.javaClass");
		assertThat(refusal(withTask("<serviceTask id=\"step\" flowable:type=\"shell\"/>")))
			.contains("approval.process.taskType");
		assertThat(
				refusal(withTask("<serviceTask id=\"step\" flowable:expression=\"${dataSource.getConnection()}\"/>")))
			.containsExactly("approval.process.expression.name");
		assertThat(refusal(withTask("<serviceTask id=\"step\" flowable:expression=\"${processModels.deployed()}\"/>")))
			.containsExactly("approval.process.expression.name");
		assertThat(refusal(withTask("<serviceTask id=\"step\" flowable:delegateExpression=\"${caseStore}\"/>")))
			.containsExactly("approval.process.expression.delegate");
		assertThat(refusal(withTask("<serviceTask id=\"step\" flowable:delegateExpression=\"${deemedAcceptance}\"/>")))
			.isEmpty();
		assertThat(refusal(model().replace(
				"<userTask id=\"review\" name=\"审查\" flowable:category=\"REVIEW\" flowable:candidateGroups=\"dept:WJW:reviewer\"/>",
				"<userTask id=\"review\" name=\"审查\" flowable:category=\"REVIEW\" flowable:candidateGroups=\"dept:WJW:reviewer\"><extensionElements>"
						+ "<flowable:taskListener event=\"create\" class=\"com.example.Evil\"/></extensionElements></userTask>")))
			.containsExactly("approval.process.javaClass");
		assertThat(refusal(model().replace("flowable:candidateGroups=\"dept:WJW:reviewer\"/>",
				"flowable:candidateGroups=\"dept:WJW:reviewer\"><multiInstanceLoopCharacteristics flowable:collection=\"route\">"
						+ "<extensionElements><flowable:collectionParser class=\"com.example.Evil\"/></extensionElements>"
						+ "</multiInstanceLoopCharacteristics></userTask>")))
			.containsExactly("approval.process.javaClass");
		assertThat(refusal(model().replace("<sequenceFlow id=\"toEnd\" sourceRef=\"decision\" targetRef=\"end\"/>",
				"<sequenceFlow id=\"toEnd\" sourceRef=\"decision\" targetRef=\"end\"><conditionExpression>"
						+ "${''.getClass().forName('java.lang.Runtime')}</conditionExpression></sequenceFlow>")))
			.containsExactly("approval.process.expression.access");
		assertThat(refusal(model().replace("<sequenceFlow id=\"toEnd\" sourceRef=\"decision\" targetRef=\"end\"/>",
				"<sequenceFlow id=\"toEnd\" sourceRef=\"decision\" targetRef=\"end\"><conditionExpression"
						+ " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"tFormalExpression\""
						+ " language=\"javascript\">java.lang.Runtime.getRuntime()</conditionExpression></sequenceFlow>")))
			.containsExactly("approval.process.script");
	}

	@Test
	@DisplayName("R12.8: a model deployed past the check still reaches no bean but the platform's delegates")
	void aModelPastTheCheckReachesNoBean() {
		String attack = """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="t">
				  <process id="%s" isExecutable="true">
				    <startEvent id="start"/>
				    <sequenceFlow id="attack" sourceRef="start" targetRef="end">
				      <conditionExpression>%s</conditionExpression>
				    </sequenceFlow>
				    <endEvent id="end"/>
				  </process>
				</definitions>
				""";
		for (String bean : List.of("${jdbcClient.sql('create table r12_8_probe (x int)').update() == 0}",
				"${fieldCipher.encrypt('x') != null}", "${applicationContext != null}", "${environment != null}",
				"${processModels != null}")) {
			// Straight to the engine, as a model deployed before the check, or by a way
			// round it, would be.
			repository.createDeployment().addString(MATTER + ".bpmn20.xml", attack.formatted(MATTER, bean)).deploy();

			assertThatExceptionOfType(FlowableException.class).as(bean)
				.isThrownBy(() -> runtime.startProcessInstanceByKey(MATTER))
				.withMessageContaining("Unknown property used in expression: " + bean);
		}
		assertThat(jdbc.sql("select count(*) from information_schema.tables where upper(table_name) = 'R12_8_PROBE'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	@DisplayName("R5.1: a shipped model, downloaded and given the matter's code, deploys as the matter's own")
	void aShippedModelIsAValidStartForAMattersOwn() {
		List<DeployedProcess> shipped = models.deployed()
			.stream()
			.filter(process -> process.key().startsWith("approval-"))
			.toList();

		assertThat(shipped).extracting(DeployedProcess::key).contains("approval-standard", "approval-with-inspection");
		for (DeployedProcess process : shipped) {
			String model = new String(models.model(process.key(), process.version()), StandardCharsets.UTF_8)
				.replace("id=\"" + process.key() + "\"", "id=\"" + MATTER + "\"");
			assertThat(refusal(model)).as(process.key()).isEmpty();
		}
		assertThat(models.keyFor(MATTER, "approval-standard")).isEqualTo(MATTER);
	}

	@Test
	@DisplayName("R5.1: only a system administrator deploys")
	void onlyASystemAdministratorDeploys() {
		var clerk = new Actor(UUID.randomUUID(), AccountKind.STAFF, "窗口",
				List.of(DepartmentRole.of(Role.WINDOW_CLERK, DEPARTMENT)));

		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> models.deploy(MATTER, "m.bpmn20.xml", model().getBytes(StandardCharsets.UTF_8), clerk))
			.satisfies(refused -> assertThat(refused.refusal()).isEqualTo(Refusal.FORBIDDEN));
	}

	/** The codes of the problems the model is refused for; empty if it was deployed. */
	private List<String> refusal(String model) {
		return refusal(model.getBytes(StandardCharsets.UTF_8));
	}

	private List<String> refusal(byte[] model) {
		try {
			models.deploy(MATTER, "model.bpmn20.xml", model, ADMIN);
			return List.of();
		}
		catch (ProcessModelRefusedException refused) {
			return refused.problems().stream().map(ProcessModelProblem::code).distinct().toList();
		}
	}

	/** The test model with one more step between review and decision. */
	/**
	 * The test model with a task "step" between review and decision, drawn in its
	 * diagram.
	 */
	private String withTask(String task) throws IOException {
		return model()
			.replace("<sequenceFlow id=\"toDecision\" sourceRef=\"review\" targetRef=\"decision\"/>",
					"<sequenceFlow id=\"toStep\" sourceRef=\"review\" targetRef=\"step\"/>\n    " + task
							+ "\n    <sequenceFlow id=\"toDecision\" sourceRef=\"step\" targetRef=\"decision\"/>")
			.replace("</bpmndi:BPMNPlane>",
					"""
							<bpmndi:BPMNShape id="step_di" bpmnElement="step"><dc:Bounds x="380" y="200" width="100" height="80"/></bpmndi:BPMNShape>
							<bpmndi:BPMNEdge id="toStep_di" bpmnElement="toStep"><di:waypoint x="330" y="160"/><di:waypoint x="430" y="200"/></bpmndi:BPMNEdge>
							</bpmndi:BPMNPlane>""");
	}

	private static byte[] bytes(String model) {
		return model.getBytes(StandardCharsets.UTF_8);
	}

	static String model() throws IOException {
		return new ClassPathResource("processes-test/matter-model.bpmn20.xml")
			.getContentAsString(StandardCharsets.UTF_8)
			.replace("MATTER_CODE", MATTER)
			.replace("DEPARTMENT", DEPARTMENT);
	}

}
