package org.tongban.identity.admin;

/** What an administrator did to an account, as recorded in {@code identity_admin_event}. */
public enum AdminAction {

	CREATE_STAFF, GRANT_ROLE, REVOKE_ROLE, DISABLE, ENABLE, RESET_PASSWORD

}
