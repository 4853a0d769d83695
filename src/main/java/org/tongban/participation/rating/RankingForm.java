package org.tongban.participation.rating;

/** The period of the rankings page, as typed: two days, yyyy-mm-dd. */
public class RankingForm {

	private String from;

	private String to;

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return to;
	}

	public void setTo(String to) {
		this.to = to;
	}

}
