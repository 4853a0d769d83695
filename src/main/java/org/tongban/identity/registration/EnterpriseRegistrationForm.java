package org.tongban.identity.registration;

/**
 * What a natural person registers an enterprise with (R1.1, R1.6): its credit code and
 * the password the enterprise will log in with. Nothing about the enterprise or its legal
 * representative is taken from the form: the registry names them, and the proof is the
 * registrant's own verified account, an authorization of the representative, or a
 * signature of the enterprise's certificate over a challenge ({@code nonce},
 * {@code certificate} in PEM, {@code signature} in Base64), when given.
 */
public class EnterpriseRegistrationForm extends NewPasswordForm {

	private String creditCode;

	private String nonce;

	private String certificate;

	private String signature;

	public String getCreditCode() {
		return creditCode;
	}

	public void setCreditCode(String creditCode) {
		this.creditCode = creditCode;
	}

	public String getNonce() {
		return nonce;
	}

	public void setNonce(String nonce) {
		this.nonce = nonce;
	}

	public String getCertificate() {
		return certificate;
	}

	public void setCertificate(String certificate) {
		this.certificate = certificate;
	}

	public String getSignature() {
		return signature;
	}

	public void setSignature(String signature) {
		this.signature = signature;
	}

	/**
	 * Whether the registrant proves the enterprise by its certificate rather than by
	 * their own account.
	 */
	public boolean isSignedByCertificate() {
		return certificate != null && !certificate.isBlank();
	}

	@Override
	public void clearPasswords() {
		super.clearPasswords();
		signature = null;
	}

}
