package org.tongban.supervision.web;

/**
 * The form that lists one date of a year's arrangement: a holiday or an adjusted working
 * day, with its name.
 */
class CalendarForm {

	private String kind = "HOLIDAY";

	private String date;

	private String name;

	private String nameEn;

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getDate() {
		return date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

}
