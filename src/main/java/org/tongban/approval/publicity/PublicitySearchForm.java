package org.tongban.approval.publicity;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The search form of the publicity page (R6.1), sent by GET so that a search is a link
 * one can keep and share. Its properties are the parameters of the page and of the API; a
 * value that cannot be read stays in the binding result to be shown next to its field.
 */
class PublicitySearchForm {

	private String matter;

	private String department;

	private String holder;

	private String number;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private Integer page;

	private Integer size;

	PublicityQuery toQuery() {
		return PublicityQuery.of(matter, department, holder, number, from, to, page, size);
	}

	public String getMatter() {
		return matter;
	}

	public void setMatter(String matter) {
		this.matter = matter;
	}

	public String getDepartment() {
		return department;
	}

	public void setDepartment(String department) {
		this.department = department;
	}

	public String getHolder() {
		return holder;
	}

	public void setHolder(String holder) {
		this.holder = holder;
	}

	public String getNumber() {
		return number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public LocalDate getFrom() {
		return from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
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
