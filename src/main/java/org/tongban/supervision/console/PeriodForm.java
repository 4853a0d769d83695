package org.tongban.supervision.console;

/**
 * The period and scope of the console's on-time rates and overdue report, as typed: the
 * dates are read by {@link ConsolePage}, which says next to each field what is wrong.
 */
public class PeriodForm {

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
