package org.tongban.notification.web;

/**
 * The applicant's e-mail address as typed; checked by
 * {@link org.tongban.notification.EmailAddress}.
 */
class EmailForm {

	private String email;

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
