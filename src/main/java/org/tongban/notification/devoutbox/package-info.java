/**
 * The development outbox of the demo profile: the adapter that keeps every SMS and e-mail
 * in a table instead of sending it, and the page and API where testers read them. Outside
 * the demo profile none of it exists.
 */
package org.tongban.notification.devoutbox;
