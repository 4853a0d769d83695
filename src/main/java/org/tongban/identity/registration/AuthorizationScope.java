package org.tongban.identity.registration;

/**
 * What an authorization (授权委托) of an enterprise's legal representative lets the agent do
 * (R1.6).
 */
public enum AuthorizationScope {

	/**
	 * Open the enterprise's account and act for it as its admin agent, or join it as
	 * agent once it is open.
	 */
	REGISTER,

	/** Act for the enterprise as its agent once its account is open; not open it. */
	AGENT

}
