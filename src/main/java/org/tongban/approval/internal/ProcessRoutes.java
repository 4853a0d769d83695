package org.tongban.approval.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.RepositoryService;
import org.springframework.stereotype.Component;

/**
 * Reads from a deployed process model where a step may go (see the conventions in
 * {@link org.tongban.approval package-info}): the exclusive gateway right after a user
 * task routes on the variable {@code route}, one flow per value, so that what staff may
 * do at a step is what its model allows, for every model and model version alike.
 */
@Component
class ProcessRoutes {

	/** The condition of a routed flow, e.g. {@code ${route == 'FORWARD'}}. */
	private static final Pattern ROUTE = Pattern.compile("\\$\\{\\s*route\\s*==\\s*'([A-Z_]+)'\\s*}");

	private final RepositoryService repository;

	ProcessRoutes(RepositoryService repository) {
		this.repository = repository;
	}

	/**
	 * The routes out of a user task, in the model's order: each value of {@code route}
	 * with the user task it leads to, or null when it leads elsewhere (an end, a
	 * correction).
	 */
	Map<String, UserTask> from(String processDefinitionId, String taskDefinitionKey) {
		BpmnModel model = repository.getBpmnModel(processDefinitionId);
		var routes = new LinkedHashMap<String, UserTask>();
		if (!(model.getFlowElement(taskDefinitionKey) instanceof FlowNode task)) {
			return routes;
		}
		for (SequenceFlow out : task.getOutgoingFlows()) {
			if (out.getTargetFlowElement() instanceof ExclusiveGateway gateway) {
				for (SequenceFlow routed : gateway.getOutgoingFlows()) {
					Matcher route = ROUTE.matcher(String.valueOf(routed.getConditionExpression()));
					if (route.matches()) {
						FlowElement target = throughJoins(routed.getTargetFlowElement());
						routes.put(route.group(1), target instanceof UserTask userTask ? userTask : null);
					}
				}
			}
		}
		return routes;
	}

	/**
	 * The element a flow leads to past the joining gateways in front of a task (a gateway
	 * with one way out and no condition on it), which a model has where several flows
	 * lead to one step.
	 */
	private static FlowElement throughJoins(FlowElement element) {
		FlowElement at = element;
		for (int hops = 0; hops < 10 && at instanceof ExclusiveGateway join && join.getOutgoingFlows().size() == 1
				&& join.getOutgoingFlows().get(0).getConditionExpression() == null; hops++) {
			at = join.getOutgoingFlows().get(0).getTargetFlowElement();
		}
		return at;
	}

	/**
	 * The earlier steps a task may send its case back to: the routes named by the step
	 * code (the category) of the user task they lead to.
	 */
	List<String> sendBackTargets(String processDefinitionId, String taskDefinitionKey) {
		return from(processDefinitionId, taskDefinitionKey).entrySet()
			.stream()
			.filter(route -> route.getValue() != null && route.getKey().equals(route.getValue().getCategory()))
			.map(Map.Entry::getKey)
			.toList();
	}

}
