package org.tongban.approval.processes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.BusinessRuleTask;
import org.flowable.bpmn.model.EventListener;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowableListener;
import org.flowable.bpmn.model.ImplementationType;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.ReceiveTask;
import org.flowable.bpmn.model.ScriptTask;
import org.flowable.bpmn.model.SendTask;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.delegate.ExecutionListener;
import org.flowable.validation.ProcessValidatorFactory;
import org.flowable.validation.ValidationError;
import org.tongban.application.CaseStep;
import org.tongban.approval.bundles.BundleMember;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.Text;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Decides whether an uploaded BPMN model may be deployed for a matter (R5.1).
 * Administrators change processes without code, and an uploaded model is code the engine
 * runs: so it is parsed without DTDs or external entities, checked by Flowable's own
 * parser and validator, and then held to the platform's rules. Its tasks go to the roles
 * of the matter's department, and it runs nothing of its own: no scripts, no Java classes
 * by name, no built-in shell, HTTP or mail tasks; every expression anywhere in the file,
 * in whatever element or attribute, is one the {@link ModelExpressions} grammar allows,
 * and a delegate expression names one of the engine's delegates (R12.8).
 */
class ProcessModelCheck {

	static final int MAX_BYTES = 1024 * 1024;

	/** The staff roles that work on cases, as candidate groups name them. */
	static final Set<String> ROLES = Set.of("window_clerk", "reviewer", "approver", "expert");

	private static final Pattern CANDIDATE_GROUP = Pattern.compile("dept:([^:]+):([^:]+)");

	private static final String ANY_DEPARTMENT = "${departmentCode}";

	private static final String BPMN_DI = "http://www.omg.org/spec/BPMN/20100524/DI";

	/** What a matter's model may name: the engine's delegates but the bundles' one. */
	private final ModelExpressions matterExpressions;

	/** What a bundle's model may name: its members' start listener only. */
	private final ModelExpressions bundleExpressions;

	/**
	 * @param delegates the names of the delegates the engine provides for models: all the
	 * beans its expressions resolve
	 */
	ProcessModelCheck(Set<String> delegates) {
		this.matterExpressions = new ModelExpressions(
				delegates.stream().filter(delegate -> !delegate.equals(BundleMember.BEAN)).collect(Collectors.toSet()));
		this.bundleExpressions = new ModelExpressions(Set.of(BundleMember.BEAN));
	}

	/**
	 * @return the problems of a matter's model; empty if it may be deployed
	 */
	List<ProcessModelProblem> problems(String matterCode, String departmentCode, byte[] bytes) {
		return problems(matterCode, bytes, matterExpressions,
				(process, problems) -> userTasks(process, departmentCode, problems));
	}

	/**
	 * A bundle's model (R5.2) holds each of its items exactly once as a receive task
	 * whose id is the item's matter code and whose start listener opens the member
	 * ({@code ${bundleMember}}), and no user task: the members' work is on their own
	 * matters' processes.
	 * @param memberCodes the matter codes of the bundle's items
	 * @return the problems of the model; empty if it may be deployed
	 */
	List<ProcessModelProblem> bundleProblems(String bundleCode, List<String> memberCodes, byte[] bytes) {
		return problems(bundleCode, bytes, bundleExpressions,
				(process, problems) -> members(process, memberCodes, problems));
	}

	private List<ProcessModelProblem> problems(String processId, byte[] bytes, ModelExpressions expressions,
			BiConsumer<Process, List<ProcessModelProblem>> tasks) {
		if (bytes.length == 0) {
			return List.of(new ProcessModelProblem("approval.process.empty"));
		}
		if (bytes.length > MAX_BYTES) {
			return List.of(new ProcessModelProblem("approval.process.tooLarge", MAX_BYTES / 1024 / 1024));
		}
		Xml xml = parse(bytes);
		if (xml.problem() != null) {
			return List.of(xml.problem());
		}
		BpmnModel model;
		try {
			model = new BpmnXMLConverter().convertToBpmnModel(() -> new ByteArrayInputStream(bytes), true, true,
					StandardCharsets.UTF_8.name());
		}
		catch (RuntimeException ex) {
			return List.of(new ProcessModelProblem("approval.process.notBpmn", detail(ex)));
		}
		List<ProcessModelProblem> problems = new ArrayList<>();
		for (ValidationError error : new ProcessValidatorFactory().createDefaultProcessValidator().validate(model)) {
			if (!error.isWarning()) {
				problems.add(new ProcessModelProblem("approval.process.invalid",
						error.getActivityId() != null ? error.getActivityId() : error.getProcessDefinitionId(),
						error.getDefaultDescription()));
			}
		}
		List<Process> executable = model.getProcesses().stream().filter(Process::isExecutable).toList();
		if (executable.size() != 1) {
			problems.add(new ProcessModelProblem("approval.process.oneProcess", executable.size()));
		}
		for (Process process : executable) {
			if (!processId.equals(process.getId())) {
				problems.add(new ProcessModelProblem("approval.process.idMismatch", process.getId(), processId));
			}
			tasks.accept(process, problems);
			calls(process, problems);
		}
		expressions(expressions, xml.document().getDocumentElement(), "definitions", problems);
		// Said last, once the model is right otherwise: the fix is to save it again from
		// a modeler.
		if (problems.isEmpty()) {
			executable.forEach(process -> diagram(xml.document(), process, problems));
		}
		// A listener's class is found both in the model and in the file.
		return problems.stream().distinct().toList();
	}

	/**
	 * A model carries its diagram (BPMN DI) for every element, so that whoever downloads
	 * it opens it in any modeler as it was drawn, and the case page can show where a case
	 * stands (R5.1).
	 */
	private static void diagram(Document document, Process process, List<ProcessModelProblem> problems) {
		// Read from the file: the engine's converter makes up the waypoints of a flow
		// that has none.
		Set<String> drawn = new HashSet<>();
		for (String kind : List.of("BPMNShape", "BPMNEdge")) {
			NodeList elements = document.getElementsByTagNameNS(BPMN_DI, kind);
			for (int i = 0; i < elements.getLength(); i++) {
				drawn.add(((Element) elements.item(i)).getAttribute("bpmnElement"));
			}
		}
		List<String> undrawn = process.getFlowElements()
			.stream()
			.map(FlowElement::getId)
			.filter(id -> !drawn.contains(id))
			.toList();
		if (!undrawn.isEmpty()) {
			problems.add(new ProcessModelProblem("approval.process.noDiagram",
					String.join(", ", undrawn.subList(0, Math.min(5, undrawn.size()))), undrawn.size()));
		}
	}

	/** The parsed file, or why it is not well-formed XML. */
	private record Xml(Document document, ProcessModelProblem problem) {
	}

	/**
	 * Parses the file with a parser that refuses any document type declaration, so that
	 * no entity, internal or external, is ever expanded, and nothing is fetched from the
	 * network or the disk.
	 */
	private static Xml parse(byte[] bytes) {
		try {
			var factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			factory.setNamespaceAware(true);
			var builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			// Read as UTF-8 whatever the declaration says, as the engine's converter
			// reads it: the expressions checked
			// are the ones the engine will see.
			var source = new InputSource(new ByteArrayInputStream(bytes));
			source.setEncoding(StandardCharsets.UTF_8.name());
			return new Xml(builder.parse(source), null);
		}
		catch (SAXParseException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("DOCTYPE")) {
				return new Xml(null, new ProcessModelProblem("approval.process.doctype"));
			}
			return new Xml(null,
					new ProcessModelProblem("approval.process.notXml", ex.getLineNumber(), ex.getMessage()));
		}
		catch (SAXException | IOException ex) {
			return new Xml(null, new ProcessModelProblem("approval.process.notXml", 0, ex.getMessage()));
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("The platform's XML parser cannot be secured", ex);
		}
	}

	/**
	 * Every user task is a step of the case and goes to a staff role of the matter's
	 * department, never to a person or another department.
	 */
	private static void userTasks(Process process, String departmentCode, List<ProcessModelProblem> problems) {
		List<UserTask> tasks = process.findFlowElementsOfType(UserTask.class, true);
		if (tasks.isEmpty()) {
			problems.add(new ProcessModelProblem("approval.process.noUserTask"));
		}
		for (UserTask task : tasks) {
			if (task.getCategory() == null || !CaseStep.workCodes().contains(task.getCategory())) {
				problems.add(new ProcessModelProblem("approval.process.stepCode", task.getId(),
						String.valueOf(task.getCategory())));
			}
			if (task.getCandidateGroups().isEmpty()) {
				problems.add(new ProcessModelProblem("approval.process.noCandidateGroup", task.getId()));
			}
			for (String group : task.getCandidateGroups()) {
				Matcher parts = CANDIDATE_GROUP.matcher(group.strip());
				boolean department = parts.matches()
						&& (parts.group(1).equals(departmentCode) || parts.group(1).equals(ANY_DEPARTMENT));
				if (!department || !ROLES.contains(parts.group(2))) {
					problems.add(new ProcessModelProblem("approval.process.candidateGroup", task.getId(), group,
							departmentCode));
				}
			}
		}
	}

	/**
	 * The members of a bundle: each item once as a receive task named by its matter's
	 * code with the start listener that opens it, and nothing for staff to do in the
	 * bundle's own process.
	 */
	private static void members(Process process, List<String> memberCodes, List<ProcessModelProblem> problems) {
		for (UserTask task : process.findFlowElementsOfType(UserTask.class, true)) {
			problems.add(new ProcessModelProblem("approval.process.bundle.userTask", task.getId()));
		}
		for (ServiceTask task : process.findFlowElementsOfType(ServiceTask.class, true)) {
			problems.add(new ProcessModelProblem("approval.process.bundle.serviceTask", task.getId()));
		}
		// Ids are unique in a model: an item found is there once.
		Set<String> found = process.findFlowElementsOfType(ReceiveTask.class, true)
			.stream()
			.map(ReceiveTask::getId)
			.collect(Collectors.toSet());
		for (String code : memberCodes) {
			if (!found.contains(code)) {
				problems.add(new ProcessModelProblem("approval.process.bundle.missing", code));
			}
		}
		for (FlowElement element : process.findFlowElementsOfType(FlowElement.class, true)) {
			boolean member = element instanceof ReceiveTask && memberCodes.contains(element.getId());
			if (element instanceof ReceiveTask && !member) {
				problems.add(new ProcessModelProblem("approval.process.bundle.notMember", element.getId(),
						String.join(", ", memberCodes)));
			}
			boolean opens = element.getExecutionListeners().size() == 1
					&& ExecutionListener.EVENTNAME_START.equals(element.getExecutionListeners().get(0).getEvent())
					&& ImplementationType.IMPLEMENTATION_TYPE_DELEGATEEXPRESSION
						.equals(element.getExecutionListeners().get(0).getImplementationType());
			if (member && !opens || !member && !element.getExecutionListeners().isEmpty()) {
				problems.add(new ProcessModelProblem("approval.process.bundle.listener", element.getId()));
			}
		}
	}

	/**
	 * What the engine would run on its own: only expressions and delegate expressions of
	 * the platform's beans.
	 */
	private void calls(Process process, List<ProcessModelProblem> problems) {
		for (EventListener listener : process.getEventListeners()) {
			call(process.getId(), listener.getImplementationType(), listener.getImplementation(), problems);
		}
		listeners(process.getId(), process.getExecutionListeners(), problems);
		for (FlowElement element : process.findFlowElementsOfType(FlowElement.class, true)) {
			listeners(element.getId(), element.getExecutionListeners(), problems);
			if (element instanceof ScriptTask) {
				problems.add(new ProcessModelProblem("approval.process.script", element.getId()));
			}
			else if (element instanceof BusinessRuleTask) {
				problems.add(new ProcessModelProblem("approval.process.taskType", element.getId(), "businessRuleTask"));
			}
			else if (element instanceof ServiceTask service) {
				task(service.getId(), service.getType(), service.getImplementationType(), service.getImplementation(),
						problems);
			}
			else if (element instanceof SendTask send) {
				// A send task mails, or calls a web service the model names: nothing of
				// the platform's.
				problems.add(new ProcessModelProblem("approval.process.taskType", send.getId(),
						send.getType() != null ? send.getType() : "sendTask"));
			}
			else if (element instanceof UserTask task) {
				listeners(task.getId(), task.getTaskListeners(), problems);
			}
		}
	}

	/**
	 * A task of a built-in type (shell, HTTP, mail, ...) runs what its fields say; the
	 * others call a bean.
	 */
	private void task(String id, String type, String implementationType, String implementation,
			List<ProcessModelProblem> problems) {
		if (type != null) {
			problems.add(new ProcessModelProblem("approval.process.taskType", id, type));
		}
		else {
			call(id, implementationType, implementation, problems);
		}
	}

	private void listeners(String elementId, List<FlowableListener> listeners, List<ProcessModelProblem> problems) {
		for (FlowableListener listener : listeners) {
			call(elementId, listener.getImplementationType(), listener.getImplementation(), problems);
		}
	}

	private void call(String elementId, String implementationType, String implementation,
			List<ProcessModelProblem> problems) {
		if (implementationType == null && (implementation == null || implementation.isBlank())) {
			return;
		}
		boolean expression = Stream
			.of(ImplementationType.IMPLEMENTATION_TYPE_EXPRESSION,
					ImplementationType.IMPLEMENTATION_TYPE_DELEGATEEXPRESSION)
			.anyMatch(type -> type.equals(implementationType));
		// An expression or a delegate expression is an attribute of the file, which
		// expressions(..) checks.
		if (!expression) {
			problems.add(new ProcessModelProblem("approval.process.javaClass", elementId,
					String.valueOf(implementationType).toLowerCase(Locale.ROOT), String.valueOf(implementation)));
		}
	}

	/**
	 * Every expression of the file: in each attribute and each element's text, whatever
	 * the element, so that none escapes the check because the engine reads it from a
	 * place this class does not know of (conditions, timers, assignments, listeners,
	 * fields, multi-instance, names, documentation, extension elements). The text of an
	 * element is the whole of its text and CDATA, as the engine's parser joins them.
	 * @param id the id of the nearest enclosing element that has one, which the problems
	 * name
	 */
	private static void expressions(ModelExpressions expressions, Element element, String id,
			List<ProcessModelProblem> problems) {
		String elementId = element.hasAttribute("id") ? element.getAttribute("id") : id;
		NamedNodeMap attributes = element.getAttributes();
		for (int index = 0; index < attributes.getLength(); index++) {
			Node attribute = attributes.item(index);
			String value = attribute.getNodeValue();
			ProcessModelProblem problem = switch (String.valueOf(attribute.getLocalName())) {
				case "delegateExpression" -> expressions.delegateProblem(elementId, value);
				// A condition in another language than the expressions' is a script the
				// engine runs.
				case "language" -> new ProcessModelProblem("approval.process.script", elementId);
				// A class wherever the engine takes one (listeners, collection parsers,
				// ...) is code it loads.
				case "class" -> new ProcessModelProblem("approval.process.javaClass", elementId, "class", value);
				default -> expressions.problem(elementId, value);
			};
			if (problem != null) {
				problems.add(problem);
			}
		}
		var text = new StringBuilder();
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Text part) {
				text.append(part.getData());
			}
			else if (child instanceof Element inner) {
				expressions(expressions, inner, elementId, problems);
			}
		}
		ProcessModelProblem problem = expressions.problem(elementId, text.toString());
		if (problem != null) {
			problems.add(problem);
		}
	}

	private static String detail(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getMessage() != null ? cause.getMessage() : ex.getMessage();
	}

}
