package org.tongban.identity.registration;

/**
 * What a natural person registers an enterprise with (R1.1): the four elements of its licence, and the password the
 * enterprise logs in with by its credit code.
 */
public class EnterpriseRegistrationForm {

	private String name;

	private String creditCode;

	private String representativeName;

	private String representativeId;

	private String password;

	private String passwordConfirmation;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCreditCode() {
		return creditCode;
	}

	public void setCreditCode(String creditCode) {
		this.creditCode = creditCode;
	}

	public String getRepresentativeName() {
		return representativeName;
	}

	public void setRepresentativeName(String representativeName) {
		this.representativeName = representativeName;
	}

	public String getRepresentativeId() {
		return representativeId;
	}

	public void setRepresentativeId(String representativeId) {
		this.representativeId = representativeId;
	}

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
