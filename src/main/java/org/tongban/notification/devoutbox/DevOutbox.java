package org.tongban.notification.devoutbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.notification.delivery.Email;
import org.tongban.notification.delivery.MailGateway;
import org.tongban.notification.delivery.Sms;
import org.tongban.notification.delivery.SmsGateway;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.Paging;
import org.tongban.shared.ResultPage;

/**
 * The demo's SMS gateway and mail server: keeps every message in the table
 * {@code notification_dev_outbox}, where every node of the platform finds it, and lists
 * them newest first. Times are stored in UTC and shown in the city's time zone.
 */
@Component
@Profile("demo")
class DevOutbox implements SmsGateway, MailGateway {

	static final int PAGE_SIZE = 20;

	static final int MAX_LIMIT = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	DevOutbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * In a transaction of its own: a message once sent stays sent when the sender's
	 * transaction rolls back.
	 */
	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void send(Sms sms) {
		store(Channel.SMS, sms.to().value(), null, sms.text());
	}

	/** @see #send(Sms) */
	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void send(Email email) {
		store(Channel.EMAIL, email.to().value(), email.subject(), email.body());
	}

	/**
	 * One page of the messages, newest first, {@link #PAGE_SIZE} a page.
	 * @throws InvalidParameterException naming {@code page} if it is below 1
	 */
	@Transactional(readOnly = true)
	ResultPage<OutboxEntry> page(OutboxFilter filter, int page) {
		Paging paging = Paging.of(page, PAGE_SIZE, PAGE_SIZE);
		var conditions = Conditions.of(filter);
		long total = jdbc.sql("select count(*) from notification_dev_outbox" + conditions.where())
			.params(conditions.params())
			.query(Long.class)
			.single();
		return paging.of(entries(conditions, paging.offset(), PAGE_SIZE), total);
	}

	/**
	 * The newest messages.
	 * @throws InvalidParameterException naming {@code limit} if it is outside 1 to
	 * {@link #MAX_LIMIT}
	 */
	@Transactional(readOnly = true)
	List<OutboxEntry> latest(OutboxFilter filter, int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidParameterException("limit", "notification.outbox.limit", MAX_LIMIT);
		}
		return entries(Conditions.of(filter), 0, limit);
	}

	private void store(Channel channel, String recipient, String subject, String body) {
		jdbc.sql("""
				insert into notification_dev_outbox (channel, recipient, subject, body, created_at)
				values (:channel, :recipient, :subject, :body, :createdAt)""")
			.param("channel", channel.name())
			.param("recipient", recipient)
			.param("subject", subject)
			.param("body", body)
			.param("createdAt", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.update();
	}

	private OutboxEntry entry(ResultSet row, int rowNum) throws SQLException {
		return new OutboxEntry(row.getLong("id"), Channel.valueOf(row.getString("channel")), row.getString("recipient"),
				row.getString("subject"), row.getString("body"),
				row.getObject("created_at", LocalDateTime.class)
					.toInstant(ZoneOffset.UTC)
					.atZone(clock.getZone())
					.toOffsetDateTime());
	}

	private List<OutboxEntry> entries(Conditions conditions, long offset, int limit) {
		// The id breaks ties between messages of the same instant, such as an SMS and an
		// e-mail sent together.
		return jdbc
			.sql("select id, channel, recipient, subject, body, created_at from notification_dev_outbox"
					+ conditions.where() + " order by created_at desc, id desc limit :limit offset :offset")
			.params(conditions.params())
			.param("limit", limit)
			.param("offset", offset)
			.query(this::entry)
			.list();
	}

	/**
	 * The where clause of a filter and its parameters, shared by the count and the list.
	 */
	private record Conditions(String where, Map<String, Object> params) {

		static Conditions of(OutboxFilter filter) {
			Map<String, Object> params = new HashMap<>();
			params.put("recipient", filter.recipient());
			String where = " where lower(recipient) = :recipient";
			if (filter.channel() != null) {
				where += " and channel = :channel";
				params.put("channel", filter.channel().name());
			}
			return new Conditions(where, params);
		}

	}

}
