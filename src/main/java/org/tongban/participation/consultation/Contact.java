package org.tongban.participation.consultation;

import org.tongban.notification.EmailAddress;
import org.tongban.shared.identifiers.MobileNumber;

/**
 * Where an anonymous asker is told of the answer: a mobile number or an e-mail address,
 * exactly one of them. Sealed in the database as {@code mobile:...} or {@code email:...}.
 */
record Contact(MobileNumber mobile, EmailAddress email) {

	Contact {
		if ((mobile == null) == (email == null)) {
			throw new IllegalArgumentException("A contact is a mobile number or an e-mail address");
		}
	}

	String sealable() {
		return mobile != null ? "mobile:" + mobile.value() : "email:" + email.value();
	}

	static Contact opened(String value) {
		return value.startsWith("mobile:") ? new Contact(MobileNumber.parse(value.substring(7)), null)
				: new Contact(null, EmailAddress.parse(value.substring(6)));
	}

}
