package org.tongban.application.web;

/**
 * What a page that confirms a step by an SMS code posts: the code, once sent (a contact
 * phone's verification, the signing of an informed commitment).
 */
public class CodeForm {

	private String code;

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

}
