package org.tongban.participation.rating;

import java.util.ArrayList;
import java.util.List;

/** The rating form of the applicant's page: a level, reasons to tick, a comment. */
public class RatingForm {

	private String satisfaction;

	private List<String> reasons = new ArrayList<>();

	private String comment;

	public String getSatisfaction() {
		return satisfaction;
	}

	public void setSatisfaction(String satisfaction) {
		this.satisfaction = satisfaction;
	}

	public List<String> getReasons() {
		return reasons;
	}

	public void setReasons(List<String> reasons) {
		this.reasons = reasons == null ? new ArrayList<>() : reasons;
	}

	public String getComment() {
		return comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}
