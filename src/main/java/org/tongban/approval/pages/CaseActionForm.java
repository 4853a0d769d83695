package org.tongban.approval.pages;

import java.util.ArrayList;
import java.util.List;

/**
 * The form of an action page: each page posts the fields of its action only (an opinion,
 * a reason and legal basis, a review outcome, ...), the correction notice one line per
 * field and material of the matter version, by index, and the expert review one line per
 * expert offered.
 */
class CaseActionForm {

	/** The open task acted on, where several of the case are the viewer's; else empty. */
	private String task;

	private String opinion;

	private String reason;

	private String legalBasis;

	private String outcome;

	private String toStep;

	private String kind;

	private String expectedEnd;

	private String result;

	private String decision;

	private String reasons;

	private String note;

	private List<Line> items = new ArrayList<>();

	/** Expert review: one line per expert offered, each naming its expert. */
	private List<ExpertLine> experts = new ArrayList<>();

	/** Expert review: the attachments of the application shared with the experts. */
	private List<String> materials = new ArrayList<>();

	private List<String> gaps = new ArrayList<>();

	private String supplyBy;

	public String getTask() {
		return task;
	}

	public void setTask(String task) {
		this.task = task;
	}

	public String getOpinion() {
		return opinion;
	}

	public void setOpinion(String opinion) {
		this.opinion = opinion;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getLegalBasis() {
		return legalBasis;
	}

	public void setLegalBasis(String legalBasis) {
		this.legalBasis = legalBasis;
	}

	public String getOutcome() {
		return outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public String getToStep() {
		return toStep;
	}

	public void setToStep(String toStep) {
		this.toStep = toStep;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getExpectedEnd() {
		return expectedEnd;
	}

	public void setExpectedEnd(String expectedEnd) {
		this.expectedEnd = expectedEnd;
	}

	public String getResult() {
		return result;
	}

	public void setResult(String result) {
		this.result = result;
	}

	public String getDecision() {
		return decision;
	}

	public void setDecision(String decision) {
		this.decision = decision;
	}

	public String getReasons() {
		return reasons;
	}

	public void setReasons(String reasons) {
		this.reasons = reasons;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public List<Line> getItems() {
		return items;
	}

	public void setItems(List<Line> items) {
		this.items = items;
	}

	public List<ExpertLine> getExperts() {
		return experts;
	}

	public void setExperts(List<ExpertLine> experts) {
		this.experts = experts;
	}

	public List<String> getGaps() {
		return gaps;
	}

	public void setGaps(List<String> gaps) {
		this.gaps = gaps;
	}

	public String getSupplyBy() {
		return supplyBy;
	}

	public void setSupplyBy(String supplyBy) {
		this.supplyBy = supplyBy;
	}

	public List<String> getMaterials() {
		return materials;
	}

	public void setMaterials(List<String> materials) {
		this.materials = materials;
	}

	/**
	 * One expert offered for an expert review: ticked when asked, with the day their
	 * opinion is due.
	 */
	public static class ExpertLine {

		/** The expert's account id. */
		private String expert;

		private boolean selected;

		private String dueOn;

		public boolean isSelected() {
			return selected;
		}

		public void setSelected(boolean selected) {
			this.selected = selected;
		}

		public ExpertLine() {
		}

		ExpertLine(String expert) {
			this.expert = expert;
		}

		public String getExpert() {
			return expert;
		}

		public void setExpert(String expert) {
			this.expert = expert;
		}

		public String getDueOn() {
			return dueOn;
		}

		public void setDueOn(String dueOn) {
			this.dueOn = dueOn;
		}

	}

	/**
	 * One line of a correction notice: ticked when the item is to be fixed, with what is
	 * wrong with it.
	 */
	public static class Line {

		private boolean selected;

		private String problem;

		public boolean isSelected() {
			return selected;
		}

		public void setSelected(boolean selected) {
			this.selected = selected;
		}

		public String getProblem() {
			return problem;
		}

		public void setProblem(String problem) {
			this.problem = problem;
		}

	}

}
