package org.tongban.identity.registration;

/**
 * What a natural person registers with (R1.1), as the page's form and the API's body: the
 * password fields are never shown back.
 */
public class PersonRegistrationForm extends NewPasswordForm {

	private String name;

	private String residentId;

	private String mobile;

	private String smsCode;

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

	public boolean isAcceptTerms() {
		return acceptTerms;
	}

	public void setAcceptTerms(boolean acceptTerms) {
		this.acceptTerms = acceptTerms;
	}

}
