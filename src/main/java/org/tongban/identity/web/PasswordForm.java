package org.tongban.identity.web;

/**
 * The form that resets a member of staff's password; the password is never shown back.
 */
class PasswordForm {

	private String password;

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
