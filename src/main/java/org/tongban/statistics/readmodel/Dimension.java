package org.tongban.statistics.readmodel;

/** What the daily rows are grouped by, each a column (or an expression) of them. */
public enum Dimension {

	DAY("counted_on"), YEAR("extract(year from counted_on)"), MONTH("extract(month from counted_on)"),
	DEPARTMENT("department_code"), MATTER("matter_code"), CHANNEL("channel"), APPLICANT_KIND("applicant_kind");

	final String expression;

	Dimension(String expression) {
		this.expression = expression;
	}

}
