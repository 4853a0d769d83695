package org.tongban.approval.processes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.springframework.stereotype.Service;
import org.tongban.catalog.Bundle;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterQuery;
import org.tongban.catalog.MatterSummary;
import org.tongban.identity.Actor;
import org.tongban.identity.Role;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.ResultPage;

/**
 * The process models cases run on (R5.1: an administrator changes the process without
 * code). A matter uses the shared model its catalogue version names
 * ({@code approval-standard}, {@code approval-with-inspection}) until an administrator
 * deploys a model of its own, whose process id is the matter's code; each upload is a new
 * version, which new cases start while the cases under way finish on the version they
 * started on (the engine keeps them).
 */
@Service
public class ProcessModels {

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final MatterCatalog catalog;

	private final ProcessModelCheck check;

	ProcessModels(RepositoryService repository, RuntimeService runtime, MatterCatalog catalog,
			SpringProcessEngineConfiguration engine) {
		this.repository = repository;
		this.runtime = runtime;
		this.catalog = catalog;
		// What a model may name is what the engine resolves
		// (approval.internal.EngineSetup).
		this.check = new ProcessModelCheck(
				engine.getBeans().keySet().stream().map(String::valueOf).collect(Collectors.toSet()));
	}

	/**
	 * The process key a new case of a matter starts: the matter's own model when one is
	 * deployed, else the key of the matter version it was made under.
	 */
	public String keyFor(String matterCode, String versionProcessKey) {
		boolean own = repository.createProcessDefinitionQuery().processDefinitionKey(matterCode).count() > 0;
		return own ? matterCode : versionProcessKey;
	}

	/**
	 * Checks an uploaded model and deploys it as the next version of the matter's own
	 * process, or of a bundle's (R5.2: the process id is the bundle's code, see
	 * {@link org.tongban.approval package-info}).
	 * @param fileName the uploaded file's name, kept as the deployment's name
	 * @throws ProcessModelRefusedException with every problem of the model
	 * @throws NotFoundException if no matter has the code
	 */
	public DeployedProcess deploy(String matterCode, String fileName, byte[] bytes, Actor admin) {
		if (!admin.has(Role.SYSTEM_ADMIN)) {
			throw new RefusedException(Refusal.FORBIDDEN, "approval.process.notAdmin");
		}
		Optional<Bundle> bundle = bundle(matterCode);
		List<ProcessModelProblem> problems = bundle.isPresent()
				? check.bundleProblems(matterCode,
						bundle.get().items().stream().map(Bundle.Item::matterCode).distinct().toList(), bytes)
				: check.problems(matterCode, catalog.guide(matterCode).matter().departmentCode(), bytes);
		if (!problems.isEmpty()) {
			throw new ProcessModelRefusedException(problems);
		}
		Deployment deployment = repository.createDeployment()
			.name(deploymentName(fileName))
			.category("admin:" + admin.id())
			.addBytes(matterCode + ".bpmn20.xml", bytes)
			.deploy();
		ProcessDefinition definition = repository.createProcessDefinitionQuery()
			.deploymentId(deployment.getId())
			.processDefinitionKey(matterCode)
			.singleResult();
		return describe(definition, Map.of(deployment.getId(), deployment));
	}

	/** Every version of every deployed process, by key and newest version first. */
	public List<DeployedProcess> deployed() {
		List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery()
			.orderByProcessDefinitionKey()
			.asc()
			.orderByProcessDefinitionVersion()
			.desc()
			.list();
		Map<String, Deployment> deployments = repository.createDeploymentQuery()
			.list()
			.stream()
			.collect(Collectors.toMap(Deployment::getId, Function.identity()));
		return definitions.stream().map(definition -> describe(definition, deployments)).toList();
	}

	/**
	 * The matters of the catalogue, each with the process its new cases start, and then
	 * the bundles, whose processes are their own from the start (shipped in
	 * {@code processes/bundles}).
	 */
	public List<MatterProcess> matters() {
		List<MatterProcess> matters = new ArrayList<>();
		ResultPage<MatterSummary> page;
		int number = 1;
		do {
			page = catalog.search(new MatterQuery(null, null, null, null, number++, MatterQuery.MAX_SIZE));
			for (MatterSummary matter : page.items()) {
				String versionKey = catalog.guide(matter.code()).version().processKey();
				matters.add(new MatterProcess(matter.code(), matter.name(), matter.departmentCode(), versionKey,
						keyFor(matter.code(), versionKey)));
			}
		}
		while (page.hasNext());
		for (Bundle bundle : catalog.bundles()) {
			matters.add(new MatterProcess(bundle.code(), bundle.name(), bundle.leadDepartmentCode(), bundle.code(),
					bundle.code()));
		}
		return matters;
	}

	/**
	 * The BPMN file of a deployed version, as it was uploaded or shipped.
	 * @throws NotFoundException if no such version is deployed
	 */
	public byte[] model(String key, int version) {
		ProcessDefinition definition = repository.createProcessDefinitionQuery()
			.processDefinitionKey(key)
			.processDefinitionVersion(version)
			.singleResult();
		if (definition == null) {
			throw new NotFoundException("approval.process.notFound", key, version);
		}
		try (InputStream xml = repository.getResourceAsStream(definition.getDeploymentId(),
				definition.getResourceName())) {
			return xml.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private DeployedProcess describe(ProcessDefinition definition, Map<String, Deployment> deployments) {
		Deployment deployment = deployments.get(definition.getDeploymentId());
		long running = runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count();
		return new DeployedProcess(definition.getKey(), definition.getName(), definition.getVersion(),
				deployment == null ? null : deployment.getDeploymentTime().toInstant(),
				deployment != null && deployment.getName() != null ? deployment.getName()
						: definition.getResourceName(),
				running);
	}

	private Optional<Bundle> bundle(String code) {
		return catalog.bundles().stream().filter(bundle -> bundle.code().equals(code)).findFirst();
	}

	/** The file's name without any path, short enough for the engine's column. */
	private static String deploymentName(String fileName) {
		String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").strip();
		return name.length() > 200 ? name.substring(0, 200) : name;
	}

}
