package org.tongban.participation.rating;

/**
 * The staff's forms on a bad rating: the supervisor's finding or appeal decision with its
 * reasons, the department administrator's reply or appeal reasons.
 */
public class RatingReviewForm {

	private String finding;

	private String decision;

	private String reason;

	private String reply;

	public String getFinding() {
		return finding;
	}

	public void setFinding(String finding) {
		this.finding = finding;
	}

	public String getDecision() {
		return decision;
	}

	public void setDecision(String decision) {
		this.decision = decision;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getReply() {
		return reply;
	}

	public void setReply(String reply) {
		this.reply = reply;
	}

}
