package org.tongban.approval;

import java.util.List;

/**
 * The process model of a case as drawn in its diagram (BPMN DI), each element marked with
 * where the case stands (R5.1, R5.4): what it went through, where it is, and what may
 * still come.
 *
 * @param width the extent of the drawing, from the origin
 */
public record CaseDiagram(String processName, List<Node> nodes, List<Flow> flows, double width, double height) {

	public CaseDiagram {
		nodes = List.copyOf(nodes);
		flows = List.copyOf(flows);
	}

	/** Where the case stands at an element of its process. */
	public enum Mark {

		/** The case went through it. */
		DONE,

		/** The case is there now. */
		CURRENT,

		/** The case has not been there (yet). */
		AHEAD

	}

	/** The kinds of element the diagram draws, each in its own shape. */
	public enum Kind {

		START_EVENT, END_EVENT, EVENT, TASK, GATEWAY

	}

	/**
	 * An event, task or gateway, drawn in its box.
	 *
	 * @param step the step code of a user task (e.g. {@code REVIEW}), or null
	 */
	public record Node(String id, Kind kind, String name, String step, double x, double y, double width, double height,
			Mark mark) {

		public double centerX() {
			return x + width / 2;
		}

		public double centerY() {
			return y + height / 2;
		}

	}

	/**
	 * A sequence flow, drawn through its waypoints.
	 *
	 * @param taken whether the case went along it
	 */
	public record Flow(String id, String name, List<Point> points, boolean taken) {

		public Flow {
			points = List.copyOf(points);
		}

		/** Where the flow's name goes: above the middle of its longest segment. */
		public Point labelAt() {
			Point from = points.get(0);
			Point to = points.get(Math.min(1, points.size() - 1));
			for (int i = 1; i < points.size(); i++) {
				Point a = points.get(i - 1);
				Point b = points.get(i);
				if (length(a, b) > length(from, to)) {
					from = a;
					to = b;
				}
			}
			return from.y() == to.y() ? new Point((from.x() + to.x()) / 2, from.y() - 6)
					: new Point(from.x() + 6, (from.y() + to.y()) / 2);
		}

		private static double length(Point a, Point b) {
			return Math.abs(a.x() - b.x()) + Math.abs(a.y() - b.y());
		}

		/** The waypoints as SVG writes a polyline's points. */
		public String path() {
			StringBuilder path = new StringBuilder();
			points.forEach(
					point -> path.append(path.isEmpty() ? "" : " ").append(point.x()).append(',').append(point.y()));
			return path.toString();
		}

	}

	public record Point(double x, double y) {
	}

	/**
	 * The nodes with a mark, in the order of the model, e.g. for the diagram's text
	 * alternative.
	 */
	public List<Node> marked(Mark mark) {
		return nodes.stream()
			.filter(node -> node.mark() == mark && node.name() != null && !node.name().isBlank())
			.toList();
	}

}
