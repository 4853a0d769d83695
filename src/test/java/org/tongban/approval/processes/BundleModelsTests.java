package org.tongban.approval.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;

/**
 * R5.2, R5.1: a bundle's process is uploaded and versioned like a matter's: each member
 * of the bundle exactly once as a receive task named by its matter's code whose start
 * listener opens it, no user task, no other delegate, and the expressions of every model.
 * The tests remove the versions they deploy; the shipped one stays.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BundleModelsTests {

	/** 企业开办一件事: registration, then tax, social insurance and seals. */
	static final String BUNDLE = "YJS-QYKB";

	@Autowired
	ProcessModels models;

	@Autowired
	RepositoryService repository;

	private final List<DeployedProcess> deployed = new ArrayList<>();

	@AfterEach
	void removeTheUploadedVersions() {
		for (DeployedProcess process : deployed) {
			String deployment = repository.createProcessDefinitionQuery()
				.processDefinitionKey(process.key())
				.processDefinitionVersion(process.version())
				.singleResult()
				.getDeploymentId();
			repository.deleteDeployment(deployment, true);
		}
	}

	@Test
	@DisplayName("R5.2: the shipped bundle model uploaded again is its next version, listed among the processes")
	void aBundleModelIsUploadedAsItsNextVersion() throws IOException {
		int shipped = repository.createProcessDefinitionQuery()
			.processDefinitionKey(BUNDLE)
			.latestVersion()
			.singleResult()
			.getVersion();

		DeployedProcess next = deploy(model());

		assertThat(next.key()).isEqualTo(BUNDLE);
		assertThat(next.version()).isEqualTo(shipped + 1);
		assertThat(deploy("YJS-GCJS", model("YJS-GCJS")).version()).as("the construction bundle's four stages")
			.isGreaterThan(1);
		assertThat(models.matters()).filteredOn(process -> process.code().equals(BUNDLE))
			.singleElement()
			.satisfies(process -> assertThat(process.departmentCode()).isEqualTo("SCJGJ"));
	}

	@Test
	@DisplayName("R5.2: a bundle model without one of its members, or with a member it does not have, is refused")
	void everyMemberIsThereOnce() throws IOException {
		assertThat(refusal(model().replace("GAJ-YZKZBA", "GAJ-QTSX"))).contains("approval.process.bundle.missing",
				"approval.process.bundle.notMember");
		assertThat(refusal(model().replace(
				"<flowable:executionListener event=\"start\" delegateExpression=\"${bundleMember}\"/>\n\t\t\t</extensionElements>\n\t\t\t<incoming>startRSJDWSBDJ",
				"</extensionElements>\n\t\t\t<incoming>startRSJDWSBDJ")))
			.containsExactly("approval.process.bundle.listener");
	}

	@Test
	@DisplayName("R5.2: a bundle model has no user task: each member is worked on in its matter's own process")
	void aUserTaskIsRefused() throws IOException {
		String withUserTask = model().replaceFirst("<receiveTask id=\"RSJ-DWSBDJ\"([^>]*)>((?s).*?)</receiveTask>",
				"<userTask id=\"RSJ-DWSBDJ\"$1 flowable:category=\"REVIEW\" flowable:candidateGroups=\"dept:RSJ:reviewer\">"
						+ "$2</userTask>");
		assertThat(refusal(withUserTask)).contains("approval.process.bundle.userTask",
				"approval.process.bundle.missing");
	}

	@Test
	@DisplayName("R5.2, R12.8: a bundle model names no delegate but the members' listener, a matter's model not that")
	void theDelegatesAreEachModelsOwn() throws IOException {
		assertThat(refusal(model().replaceFirst("delegateExpression=\"\\$\\{bundleMember}\"",
				"delegateExpression=\"\\${deemedAcceptance}\"")))
			.contains("approval.process.expression.delegate");
		assertThat(refusal(model().replace("${denied == true}", "${denied.getClass()}")))
			.containsExactly("approval.process.expression.access");
		assertThat(new ProcessModelCheck(Set.of("deemedAcceptance", "bundleMember"))
			.problems(ProcessModelsTests.MATTER, ProcessModelsTests.DEPARTMENT, ProcessModelsTests.model()
				.replace("<sequenceFlow id=\"toEnd\" sourceRef=\"decision\" targetRef=\"end\"/>",
						"<sequenceFlow id=\"toEnd\" sourceRef=\"decision\" targetRef=\"end\"><extensionElements>"
								+ "<flowable:executionListener event=\"take\" delegateExpression=\"${bundleMember}\"/>"
								+ "</extensionElements></sequenceFlow>")
				.getBytes(StandardCharsets.UTF_8)))
			.extracting(ProcessModelProblem::code)
			.containsExactly("approval.process.expression.delegate");
	}

	private DeployedProcess deploy(String model) {
		return deploy(BUNDLE, model);
	}

	private DeployedProcess deploy(String bundle, String model) {
		DeployedProcess done = models.deploy(bundle, "bundle.bpmn20.xml", model.getBytes(StandardCharsets.UTF_8),
				ProcessModelsTests.ADMIN);
		deployed.add(done);
		return done;
	}

	/** The codes of the problems the model is refused for; empty if it was deployed. */
	private List<String> refusal(String model) {
		try {
			deploy(model);
			return List.of();
		}
		catch (ProcessModelRefusedException refused) {
			return refused.problems().stream().map(ProcessModelProblem::code).distinct().toList();
		}
	}

	private static String model() throws IOException {
		return model(BUNDLE);
	}

	/** The shipped model of a bundle. */
	static String model(String bundle) throws IOException {
		return new ClassPathResource("processes/bundles/bundle-" + bundle + ".bpmn20.xml")
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
