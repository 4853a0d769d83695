package org.tongban.notification.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sender of e-mails, under {@code tongban.notification.mail}: {@code from} (the
 * address, which the mail server must accept as sender) and {@code from-name} (the name
 * mail programs show). The server itself is configured under {@code spring.mail.*} (host,
 * port, username, password, properties).
 */
@ConfigurationProperties(prefix = "tongban.notification.mail")
record SmtpProperties(@DefaultValue("no-reply@tongban.invalid") String from, @DefaultValue("D市政务服务网") String fromName) {
}
