package org.tongban.identity;

import org.tongban.shared.InvalidParameterException;

/**
 * An account cannot be created or changed as asked, with the field at fault and the
 * reason as a message code of the identity bundle: a password the policy refuses, a
 * number already registered, an unknown department, two roles that one person must not
 * hold together.
 */
public class AccountRefusedException extends InvalidParameterException {

	public AccountRefusedException(String field, String messageCode, Object... messageArgs) {
		super(field, messageCode, messageArgs);
	}

}
