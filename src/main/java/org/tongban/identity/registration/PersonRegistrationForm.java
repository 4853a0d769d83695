package org.tongban.identity.registration;

/**
 * What a natural person registers with (R1.1), as the page's form and the API's body: the password fields are never
 * shown back.
 */
public class PersonRegistrationForm {

	private String name;

	private String residentId;

	private String mobile;

	private String smsCode;

	private String password;

	private String passwordConfirmation;

	private boolean acceptTerms;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getResidentId() {
		return residentId;
	}

	public void setResidentId(String residentId) {
		this.residentId = residentId;
	}

	public String getMobile() {
		return mobile;
	}

	public void setMobile(String mobile) {
		this.mobile = mobile;
	}

	public String getSmsCode() {
		return smsCode;
	}

	public void setSmsCode(String smsCode) {
		this.smsCode = smsCode;
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

	public boolean isAcceptTerms() {
		return acceptTerms;
	}

	public void setAcceptTerms(boolean acceptTerms) {
		this.acceptTerms = acceptTerms;
	}

	/** Forgets the passwords, before the form is shown again. */
	public void clearPasswords() {
		password = null;
		passwordConfirmation = null;
	}

}
