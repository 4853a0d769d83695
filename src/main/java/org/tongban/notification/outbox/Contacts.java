package org.tongban.notification.outbox;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.notification.EmailAddress;
import org.tongban.shared.crypto.FieldCipher;

/**
 * The e-mail address each account is notified at (R6.2), given by its holder on
 * {@code /my/notifications}, sealed in the table {@code notification_contact} (R12.1). An
 * account without one is told in-app and by SMS only.
 */
@Component
public class Contacts {

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	private final Clock clock;

	Contacts(JdbcClient jdbc, FieldCipher cipher, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<EmailAddress> email(UUID accountId) {
		return jdbc.sql("select email from notification_contact where account_id = :accountId")
			.param("accountId", accountId)
			.query(String.class)
			.optional()
			.map(sealed -> EmailAddress.parse(cipher.decrypt(sealed)));
	}

	/** Sets or replaces the account's address. */
	@Transactional
	public void setEmail(UUID accountId, EmailAddress email) {
		int updated = jdbc
			.sql("update notification_contact set email = :email, updated_at = :now" + " where account_id = :accountId")
			.param("email", cipher.encrypt(email.value()))
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("accountId", accountId)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into notification_contact (account_id, email, updated_at)"
					+ " values (:accountId, :email, :now)")
				.param("accountId", accountId)
				.param("email", cipher.encrypt(email.value()))
				.param("now", clock.instant().atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	@Transactional
	public void removeEmail(UUID accountId) {
		jdbc.sql("delete from notification_contact where account_id = :accountId")
			.param("accountId", accountId)
			.update();
	}

}
