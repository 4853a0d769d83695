package org.tongban.identity.admin;

/**
 * What an administrator did to an account, as the admin console records it in the audit
 * trail (R8.4), under the action name {@link #audited()}.
 */
public enum AdminAction {

	CREATE_STAFF("staff.create"), GRANT_ROLE("role.grant"), REVOKE_ROLE("role.revoke"), DISABLE("account.disable"),
	ENABLE("account.enable"), RESET_PASSWORD("password.reset");

	private final String audited;

	AdminAction(String audited) {
		this.audited = audited;
	}

	/** The action's name in the audit trail: {@code <object>.<verb>}. */
	public String audited() {
		return audited;
	}

}
