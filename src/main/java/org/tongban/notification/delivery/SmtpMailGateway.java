package org.tongban.notification.delivery;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.tongban.notification.NotificationFailedException;

/**
 * Hands e-mails to the mail server configured under {@code spring.mail.*} (R6.2): plain
 * text, subject and body in UTF-8, from {@code tongban.notification.mail.from}. The
 * message's id goes into the header {@code X-Tongban-Message-Id}, the same on every
 * attempt, so that a duplicate can be recognized.
 */
class SmtpMailGateway implements MailGateway {

	private final JavaMailSender sender;

	private final SmtpProperties properties;

	SmtpMailGateway(JavaMailSender sender, SmtpProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	@Override
	public void send(Email email) {
		try {
			MimeMessage message = sender.createMimeMessage();
			var helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
			helper.setFrom(properties.from(), properties.fromName());
			helper.setTo(email.to().value());
			helper.setSubject(email.subject());
			helper.setText(email.body(), false);
			message.setHeader("X-Tongban-Message-Id", email.id().toString());
			sender.send(message);
		}
		catch (MailException | MessagingException | UnsupportedEncodingException ex) {
			throw new NotificationFailedException(
					"The mail server did not take message " + email.id() + " to " + email.to() + ": " + rootCause(ex),
					ex);
		}
	}

	private static String rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.toString();
	}

}
