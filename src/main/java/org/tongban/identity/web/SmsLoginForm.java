package org.tongban.identity.web;

/**
 * The form of log-in by SMS code: the mobile number, and the code once it has been sent.
 */
class SmsLoginForm {

	private String phone;

	private String smsCode;

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getSmsCode() {
		return smsCode;
	}

	public void setSmsCode(String smsCode) {
		this.smsCode = smsCode;
	}

}
