package org.tongban.shared.web;

/**
 * The filter of a report as typed (the supervision console, the statistics console): the
 * period from and to, a department and a matter, each a string so that a bad one is
 * refused next to its field ({@link FilterFields}) instead of failing the binding.
 */
public class ReportFilterForm {

	private String from;

	private String to;

	private String department;

	private String matter;

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

	public String getDepartment() {
		return department;
	}

	public void setDepartment(String department) {
		this.department = department;
	}

	public String getMatter() {
		return matter;
	}

	public void setMatter(String matter) {
		this.matter = matter;
	}

}
