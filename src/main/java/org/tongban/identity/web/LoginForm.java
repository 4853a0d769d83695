package org.tongban.identity.web;

/** The log-in form: a log-in name and a password, which is never shown back. */
class LoginForm {

	private String username;

	private String password;

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
