package org.tongban.supervision.accountability;

/**
 * The department's answer, or the supervisor's finding and action taken.
 */
public class AccountabilityForm {

	private String reason;

	private String finding;

	private String actionTaken;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getFinding() {
		return finding;
	}

	public void setFinding(String finding) {
		this.finding = finding;
	}

	public String getActionTaken() {
		return actionTaken;
	}

	public void setActionTaken(String actionTaken) {
		this.actionTaken = actionTaken;
	}

}
