package org.tongban.application.web;

/**
 * What the commitment page posts: the SMS code, or the certificate (PEM) and the Base64
 * signature of the commitment's digest where the applicant logged in with a certificate.
 */
public class CommitmentForm extends CodeForm {

	private String certificate;

	private String signature;

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
