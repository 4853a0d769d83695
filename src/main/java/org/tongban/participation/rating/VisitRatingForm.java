package org.tongban.participation.rating;

/**
 * The rating form of a window visit: the receipt's number and query code, then as the
 * case's rating form.
 */
public class VisitRatingForm extends RatingForm {

	private String number;

	private String queryCode;

	public String getNumber() {
		return number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getQueryCode() {
		return queryCode;
	}

	public void setQueryCode(String queryCode) {
		this.queryCode = queryCode;
	}

}
