package org.tongban.approval.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.flowable.bpmn.model.Activity;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.Event;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.Gateway;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.springframework.stereotype.Service;
import org.tongban.approval.CaseDiagram;
import org.tongban.approval.CaseDiagrams;
import org.tongban.approval.CaseView;
import org.tongban.approval.CaseWork;
import org.tongban.identity.Actor;
import org.tongban.shared.NotFoundException;

/**
 * Draws a case's process from the diagram its model carries and marks it from the
 * engine's history of the case: every element the case passed is done, the ones with an
 * activity still open are current, and a flow is taken when the engine recorded the case
 * going along it.
 */
@Service
class ProcessCaseDiagrams implements CaseDiagrams {

	/** Room around the drawing, for the labels below the elements at its edges. */
	private static final double MARGIN = 40;

	private final CaseWork work;

	private final CaseStore store;

	private final RepositoryService repository;

	private final HistoryService history;

	ProcessCaseDiagrams(CaseWork work, CaseStore store, RepositoryService repository, HistoryService history) {
		this.work = work;
		this.store = store;
		this.repository = repository;
		this.history = history;
	}

	@Override
	public CaseDiagram of(Actor staff, String number) {
		return of(work.open(staff, number));
	}

	@Override
	public CaseDiagram of(CaseView view) {
		CaseRecord record = store.find(view.caseId()).orElseThrow(() -> new NotFoundException("error.notFound.path"));
		if (view.processDefinition() == null || record.processInstanceId() == null) {
			throw new NotFoundException("approval.diagram.none");
		}
		BpmnModel model = repository.getBpmnModel(view.processDefinition());
		Process process = model.getMainProcess();
		Set<String> done = new HashSet<>();
		Set<String> current = new HashSet<>();
		for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
			.processInstanceId(record.processInstanceId())
			.list()) {
			// A deadline waits beside its task and is cancelled with it: it counts only
			// once it has fired.
			boolean waitingBeside = "boundaryEvent".equals(activity.getActivityType())
					&& (activity.getEndTime() == null || activity.getDeleteReason() != null);
			if (!waitingBeside) {
				(activity.getEndTime() == null ? current : done).add(activity.getActivityId());
			}
		}
		List<CaseDiagram.Node> nodes = new ArrayList<>();
		List<CaseDiagram.Flow> flows = new ArrayList<>();
		double width = 0;
		double height = 0;
		for (FlowNode node : process.findFlowElementsOfType(FlowNode.class, false)) {
			GraphicInfo box = model.getGraphicInfo(node.getId());
			if (box == null) {
				throw new NotFoundException("approval.diagram.none");
			}
			CaseDiagram.Mark mark = current.contains(node.getId()) ? CaseDiagram.Mark.CURRENT
					: done.contains(node.getId()) ? CaseDiagram.Mark.DONE : CaseDiagram.Mark.AHEAD;
			nodes.add(new CaseDiagram.Node(node.getId(), kind(node), node.getName(),
					node instanceof UserTask task ? task.getCategory() : null, box.getX(), box.getY(), box.getWidth(),
					box.getHeight(), mark));
			width = Math.max(width, box.getX() + box.getWidth());
			height = Math.max(height, box.getY() + box.getHeight());
		}
		for (SequenceFlow flow : process.findFlowElementsOfType(SequenceFlow.class, false)) {
			List<CaseDiagram.Point> points = model.getFlowLocationGraphicInfo(flow.getId())
				.stream()
				.map(point -> new CaseDiagram.Point(point.getX(), point.getY()))
				.toList();
			for (CaseDiagram.Point point : points) {
				width = Math.max(width, point.x());
				height = Math.max(height, point.y());
			}
			flows.add(new CaseDiagram.Flow(flow.getId(), flow.getName(), points, done.contains(flow.getId())));
		}
		return new CaseDiagram(process.getName(), nodes, flows, width + MARGIN, height + MARGIN);
	}

	private static CaseDiagram.Kind kind(FlowNode node) {
		if (node instanceof StartEvent) {
			return CaseDiagram.Kind.START_EVENT;
		}
		if (node instanceof EndEvent) {
			return CaseDiagram.Kind.END_EVENT;
		}
		if (node instanceof Event) {
			return CaseDiagram.Kind.EVENT;
		}
		if (node instanceof Gateway) {
			return CaseDiagram.Kind.GATEWAY;
		}
		if (node instanceof Activity) {
			return CaseDiagram.Kind.TASK;
		}
		throw new IllegalStateException("A process element the diagram does not draw: " + node.getId());
	}

}
