/**
 * The outbox of case notices (R6.2): each notice is written as one row per channel in the
 * transaction of the step that causes it, and delivered after that transaction commits,
 * and again on a schedule, through the SMS and mail gateways, with retries and back-off.
 * Every node may deliver; a row is claimed before it is sent, so that no two nodes send
 * it. The in-app messages are rows of the same table, delivered as they are written.
 */
package org.tongban.notification.outbox;
