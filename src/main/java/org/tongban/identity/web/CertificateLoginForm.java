package org.tongban.identity.web;

/**
 * The certificate log-in form: the challenge's nonce, the certificate in PEM and the
 * signature in Base64.
 */
class CertificateLoginForm {

	private String nonce;

	private String certificate;

	private String signature;

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

}
