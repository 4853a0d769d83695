package org.tongban.identity;

import java.util.Locale;

import org.springframework.stereotype.Service;
import org.tongban.identity.login.SmsCodePurpose;
import org.tongban.identity.login.SmsCodes;
import org.tongban.identity.login.TooManyAttemptsException;
import org.tongban.shared.identifiers.MobileNumber;

/**
 * Proof by an SMS code that whoever asks can be reached at a phone number that is not
 * their account's, such as the contact phone of an application, where its notices then go
 * too (R6.2). The codes are those of log-in and registration, with their limits: one a
 * minute and a few a day per number, a few an hour per client address, five guesses each.
 * The same proof, sent to the signer's own mobile, signs an informed commitment (R5.5).
 */
@Service
public class PhoneVerification {

	private final SmsCodes codes;

	PhoneVerification(SmsCodes codes) {
		this.codes = codes;
	}

	/**
	 * Sends a code to the number.
	 * @throws TooManyAttemptsException when the address or the number has asked too often
	 */
	public void sendCode(MobileNumber phone, String clientAddress, Locale locale) {
		codes.send(phone, SmsCodePurpose.CONTACT_PHONE, clientAddress, locale);
	}

	/** Whether the code is the number's live code; a right code is used up. */
	public boolean confirm(MobileNumber phone, String code) {
		return code != null && codes.redeem(phone, SmsCodePurpose.CONTACT_PHONE, code);
	}

	/**
	 * Sends a code to sign an informed commitment with (R5.5) to the signer's own
	 * verified mobile, with the same limits.
	 * @throws TooManyAttemptsException when the address or the number has asked too often
	 */
	public void sendSigningCode(MobileNumber phone, String clientAddress, Locale locale) {
		codes.send(phone, SmsCodePurpose.COMMITMENT, clientAddress, locale);
	}

	/** Whether the code is the number's live signing code; a right code is used up. */
	public boolean confirmSigning(MobileNumber phone, String code) {
		return code != null && codes.redeem(phone, SmsCodePurpose.COMMITMENT, code);
	}

}
