package org.tongban.identity.registration;

/**
 * What a natural person registers an enterprise with (R1.1): the four elements of its licence, and the password the
 * enterprise logs in with by its credit code.
 */
public class EnterpriseRegistrationForm extends NewPasswordForm {

	private String name;

	private String creditCode;

	private String representativeName;

	private String representativeId;

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

}
