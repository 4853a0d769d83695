package org.tongban.identity.admin;

/**
 * What an administrator did to an account, as the admin console records it in the
 * {@link org.tongban.identity.AdminLog}.
 */
public enum AdminAction {

	CREATE_STAFF, GRANT_ROLE, REVOKE_ROLE, DISABLE, ENABLE, RESET_PASSWORD

}
