package org.tongban.catalog.web;

import org.tongban.catalog.Audience;
import org.tongban.catalog.MatterQuery;

/**
 * The search form of the catalogue page (R2.2), sent by GET so that a search is a link
 * one can keep and share. Its properties are the parameters of the page and of the API; a
 * value that cannot be read stays in the binding result to be shown next to its field.
 */
class MatterSearchForm {

	private String q;

	private String department;

	private String theme;

	private Audience audience;

	private Integer page;

	private Integer size;

	MatterQuery toQuery() {
		return new MatterQuery(q, department, theme, audience, page == null ? 1 : page,
				size == null ? MatterQuery.DEFAULT_SIZE : size);
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getDepartment() {
		return department;
	}

	public void setDepartment(String department) {
		this.department = department;
	}

	public String getTheme() {
		return theme;
	}

	public void setTheme(String theme) {
		this.theme = theme;
	}

	public Audience getAudience() {
		return audience;
	}

	public void setAudience(Audience audience) {
		this.audience = audience;
	}

	public Integer getPage() {
		return page;
	}

	public void setPage(Integer page) {
		this.page = page;
	}

	public Integer getSize() {
		return size;
	}

	public void setSize(Integer size) {
		this.size = size;
	}

}
