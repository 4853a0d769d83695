package org.tongban.application.web;

import org.tongban.application.DeliveryChoice;

/**
 * What the page of the delivery of a draft's result posts (R6.4): the method, and for the
 * post the address and postcode. The method is a string, so that a value that is none is
 * refused with a message, not a binding error.
 */
public class DeliveryForm {

	private String method;

	private String address;

	private String postcode;

	static DeliveryForm of(DeliveryChoice choice) {
		DeliveryForm form = new DeliveryForm();
		form.method = choice.method().name();
		form.address = choice.address();
		form.postcode = choice.postcode();
		return form;
	}

	public String getMethod() {
		return method;
	}

	public void setMethod(String method) {
		this.method = method;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getPostcode() {
		return postcode;
	}

	public void setPostcode(String postcode) {
		this.postcode = postcode;
	}

}
