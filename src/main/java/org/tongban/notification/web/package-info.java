/**
 * The pages and API of notifications: the applicant's messages and e-mail address
 * ({@code /my/notifications}), and the administrator's view of the deliveries not yet
 * made ({@code /admin/notifications}). Who may reach them is decided by the identity
 * module's access rules; the caller's account id is the name of their authentication.
 */
package org.tongban.notification.web;
