package org.tongban.identity.web;

/**
 * The second step of a staff log-in (R1.3): the code of the authenticator app, and on
 * enrolment the code sent by SMS as well. Neither is ever shown back.
 */
class SecondFactorForm {

	private String code;

	private String smsCode;

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getSmsCode() {
		return smsCode;
	}

	public void setSmsCode(String smsCode) {
		this.smsCode = smsCode;
	}

}
