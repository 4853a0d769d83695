package org.tongban.identity.registration;

/**
 * The password a registration chooses, typed twice. The passwords are never shown back: a
 * form that goes back to the applicant forgets them first.
 */
public abstract class NewPasswordForm {

	private String password;

	private String passwordConfirmation;

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getPasswordConfirmation() {
		return passwordConfirmation;
	}

	public void setPasswordConfirmation(String passwordConfirmation) {
		this.passwordConfirmation = passwordConfirmation;
	}

	/** Forgets the passwords, before the form is shown again. */
	public void clearPasswords() {
		password = null;
		passwordConfirmation = null;
	}

}
