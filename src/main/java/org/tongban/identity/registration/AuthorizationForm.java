package org.tongban.identity.registration;

/**
 * What a legal representative fills in to authorize an agent (R1.6), as the page's form
 * and the API's body: the enterprise's credit code, the agent's name and resident ID
 * number as on their identity card, the scope and the last day the authorization is valid
 * ({@code 2027-06-30}).
 */
public class AuthorizationForm {

	private String creditCode;

	private String agentName;

	private String agentResidentId;

	private String scope;

	private String validUntil;

	public String getCreditCode() {
		return creditCode;
	}

	public void setCreditCode(String creditCode) {
		this.creditCode = creditCode;
	}

	public String getAgentName() {
		return agentName;
	}

	public void setAgentName(String agentName) {
		this.agentName = agentName;
	}

	public String getAgentResidentId() {
		return agentResidentId;
	}

	public void setAgentResidentId(String agentResidentId) {
		this.agentResidentId = agentResidentId;
	}

	public String getScope() {
		return scope;
	}

	public void setScope(String scope) {
		this.scope = scope;
	}

	public String getValidUntil() {
		return validUntil;
	}

	public void setValidUntil(String validUntil) {
		this.validUntil = validUntil;
	}

}
