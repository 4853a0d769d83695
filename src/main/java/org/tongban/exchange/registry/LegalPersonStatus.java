package org.tongban.exchange.registry;

/** A legal person's registration status in the legal-person registry. */
public enum LegalPersonStatus {

	/** 存续 */
	ACTIVE,

	/** 注销: wound up and struck off the register. */
	DEREGISTERED,

	/** 吊销: licence revoked as a penalty; the legal person exists but may not operate. */
	REVOKED

}
