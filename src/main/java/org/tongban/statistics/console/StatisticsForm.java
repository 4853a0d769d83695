package org.tongban.statistics.console;

/**
 * The console's filters as typed: the period (from, to, and the grain its volume is shown
 * by), the department and the matter. Read by {@link Filter#of}, which says next to each
 * field what is wrong.
 */
public class StatisticsForm {

	private String from;

	private String to;

	private String grain;

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

	public String getGrain() {
		return grain;
	}

	public void setGrain(String grain) {
		this.grain = grain;
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
